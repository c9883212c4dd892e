package dev.tfal.graph;

import java.util.List;
import java.util.SplittableRandom;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Runs a loss builder on fed [n, k] logits and returns the loss with its gradient. */
final class LossProbe {
  /** Builds a scalar loss from [n, k] logits. */
  interface Builder {
    Operand<TFloat32> build(Ops tf, Operand<TFloat32> logits);
  }

  /** The loss and d loss / d logits, [n][k]. */
  record Value(float loss, float[][] gradient) {}

  private LossProbe() {}

  static Value run(float[][] logits, Builder builder) {
    int classes = logits[0].length;
    try (Graph graph = new Graph();
        Session session = new Session(graph)) {
      Ops tf = Ops.create(graph);
      Placeholder<TFloat32> input =
          tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, classes)));
      Operand<TFloat32> loss = builder.build(tf, input);
      Operand<TFloat32> gradient = tf.gradients(loss, List.of(input)).<TFloat32>dy(0);
      try (TFloat32 fed = TFloat32.tensorOf(StdArrays.ndCopyOf(logits));
          Result result = session.runner().feed(input, fed).fetch(loss).fetch(gradient).run()) {
        TFloat32 gradients = (TFloat32) result.get(1);
        float[][] grads = new float[logits.length][classes];
        for (int i = 0; i < logits.length; i++) {
          for (int j = 0; j < classes; j++) {
            grads[i][j] = gradients.getFloat(i, j);
          }
        }
        return new Value(((TFloat32) result.get(0)).getFloat(), grads);
      }
    }
  }

  /** [n, k] logits of random sign whose magnitudes spread from 1e-8 to 100, never exactly 0. */
  static float[][] logits(int n, int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[][] values = new float[n][k];
    for (float[] row : values) {
      for (int j = 0; j < k; j++) {
        double magnitude = Math.pow(10, random.nextDouble(-8, 2));
        row[j] = (float) (random.nextBoolean() ? magnitude : -magnitude);
      }
    }
    return values;
  }

  /** n labels, each 0 or 1. */
  static float[] binaryLabels(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] values = new float[n];
    for (int i = 0; i < n; i++) {
      values[i] = random.nextInt(2);
    }
    return values;
  }
}
