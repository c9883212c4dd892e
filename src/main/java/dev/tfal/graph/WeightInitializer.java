package dev.tfal.graph;

import java.util.SplittableRandom;

/** Draws initial values for a {@link WeightSpec} from a seeded random source. */
final class WeightInitializer {
  private final SplittableRandom random;

  WeightInitializer(long seed) {
    this.random = new SplittableRandom(seed);
  }

  float[] initialValues(WeightSpec spec) {
    long[] shape = spec.shape();
    return switch (spec.init()) {
      case UNIFORM_005 -> uniform(spec.size(), 0.05);
      case GLOROT_UNIFORM -> uniform(spec.size(), glorotLimit(shape));
      case ORTHOGONAL -> orthogonal((int) shape[0], (int) shape[1]);
      case ZEROS -> new float[spec.size()];
      case LSTM_UNIT_FORGET_BIAS -> unitForgetBias(spec.size());
    };
  }

  private float[] uniform(int size, double limit) {
    float[] values = new float[size];
    for (int i = 0; i < size; i++) {
      values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
    }
    return values;
  }

  private static double glorotLimit(long[] shape) {
    return Math.sqrt(6.0 / (shape[0] + shape[shape.length - 1]));
  }

  private static float[] unitForgetBias(int gateUnits) {
    float[] values = new float[gateUnits];
    int units = gateUnits / 4;
    java.util.Arrays.fill(values, units, 2 * units, 1f);
    return values;
  }

  /**
   * A [rows, cols] matrix whose rows (when rows <= cols) or columns are orthonormal, as Keras'
   * Orthogonal initializer: QR of a Gaussian matrix with the sign of R's diagonal folded in.
   */
  private float[] orthogonal(int rows, int cols) {
    int tall = Math.max(rows, cols);
    int narrow = Math.min(rows, cols);
    double[][] columns = new double[narrow][tall];
    for (double[] column : columns) {
      for (int i = 0; i < tall; i++) {
        column[i] = gaussian();
      }
    }
    orthonormalize(columns);
    float[] values = new float[rows * cols];
    for (int k = 0; k < narrow; k++) {
      for (int i = 0; i < tall; i++) {
        int index = rows <= cols ? k * cols + i : i * cols + k;
        values[index] = (float) columns[k][i];
      }
    }
    return values;
  }

  /** Modified Gram-Schmidt: equals QR with a positive diagonal of R. */
  private static void orthonormalize(double[][] columns) {
    for (int k = 0; k < columns.length; k++) {
      for (int j = 0; j < k; j++) {
        double dot = dot(columns[k], columns[j]);
        for (int i = 0; i < columns[k].length; i++) {
          columns[k][i] -= dot * columns[j][i];
        }
      }
      double norm = Math.sqrt(dot(columns[k], columns[k]));
      for (int i = 0; i < columns[k].length; i++) {
        columns[k][i] /= norm;
      }
    }
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private double gaussian() {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
