package dev.tfal.graph;

import java.util.SplittableRandom;

/** Tiny model sizes and synthetic batches for tests that run the TensorFlow runtime. */
final class TinyModels {
  static final ModelSpec SPEC = new ModelSpec(50, 12, 8, 4, 6, 0.0);

  private TinyModels() {}

  static TokenBatch randomBatch(ModelSpec spec, int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] ids = new int[rows * spec.sequenceLength()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt(spec.vocabularySize());
    }
    float[] labels = new float[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = random.nextInt(2);
    }
    return new TokenBatch(ids, labels, rows);
  }
}
