package dev.tfal.train;

import dev.tfal.data.EncodedExamples;
import dev.tfal.graph.ModelSpec;
import java.util.SplittableRandom;

/**
 * A learnable task for tiny models: a row is positive iff it holds token id {@value #MARKER},
 * except for a fraction of rows whose label is flipped. Other ids are drawn from 1..vocabulary-1
 * without the marker; half of the rows get the marker at a random position. With label noise a
 * model first learns the rule, then memorises the flipped training rows and its validation loss
 * rises.
 */
final class SyntheticTask {
  static final ModelSpec SPEC = new ModelSpec(50, 12, 8, 4, 6, 0.0);
  static final int MARKER = 7;

  private SyntheticTask() {}

  static EncodedExamples examples(int rows, double labelNoise, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int length = SPEC.sequenceLength();
    int[] ids = new int[rows * length];
    float[] labels = new float[rows];
    for (int row = 0; row < rows; row++) {
      for (int i = 0; i < length; i++) {
        int id = 1 + random.nextInt(SPEC.vocabularySize() - 2);
        ids[row * length + i] = id >= MARKER ? id + 1 : id;
      }
      if (random.nextBoolean()) {
        ids[row * length + random.nextInt(length)] = MARKER;
        labels[row] = 1;
      }
      if (random.nextDouble() < labelNoise) {
        labels[row] = 1 - labels[row];
      }
    }
    return new EncodedExamples(ids, labels, length);
  }
}
