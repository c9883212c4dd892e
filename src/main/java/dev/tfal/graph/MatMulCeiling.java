package dev.tfal.graph;

import java.util.SplittableRandom;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * What this machine's TensorFlow does at best: a square float32 MatMul under the same session
 * options as the model, as GFLOP/s (2 size^3 per product, fastest of the runs). Benchmarks measure
 * it in the same process as the scenario they relate it to.
 */
public final class MatMulCeiling {
  private MatMulCeiling() {}

  public static double gflops(int size, int runs, RuntimeConfig runtime) {
    try (Graph graph = new Graph();
        TFloat32 input = randomMatrix(size)) {
      Ops tf = Ops.create(graph);
      Placeholder<TFloat32> a = tf.placeholder(TFloat32.class);
      Operand<TFloat32> product = tf.linalg.matMul(a, a);
      try (Session session = new Session(graph, false, SessionConfigs.of(runtime))) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i <= runs; i++) {
          long start = System.nanoTime();
          session.runner().feed(a, input).fetch(product).run().close();
          double seconds = (System.nanoTime() - start) / 1e9;
          best = i == 0 ? best : Math.min(best, seconds);
        }
        return 2.0 * size * size * (double) size / best / 1e9;
      }
    }
  }

  private static TFloat32 randomMatrix(int size) {
    SplittableRandom random = new SplittableRandom(1);
    float[] values = new float[size * size];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextDouble(-1, 1);
    }
    return TFloat32.tensorOf(Shape.of(size, size), DataBuffers.of(values, true, false));
  }
}
