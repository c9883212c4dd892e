package dev.tfal.plot;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named line of a chart: points {@code (x[i], y[i])}. x values are finite; a y value is finite
 * or NaN, which marks a missing point (the line has a gap there). Arrays are copied in and out, so
 * a series never changes.
 */
public record Series(String name, double[] x, double[] y) {
  public Series {
    Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got \"" + name + "\"");
    }
    Objects.requireNonNull(x, "x must not be null");
    Objects.requireNonNull(y, "y must not be null");
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have equal lengths, got x.length "
              + x.length
              + " and y.length "
              + y.length
              + " in series \""
              + name
              + "\"");
    }
    x = x.clone();
    y = y.clone();
    checkValues(name, x, y);
  }

  /** A series with x = 1, 2, ..., n, e.g. one value per epoch or round. */
  public static Series of(String name, double... y) {
    double[] x = new double[y.length];
    Arrays.setAll(x, i -> i + 1);
    return new Series(name, x, y);
  }

  private static void checkValues(String name, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException(
            "x[" + i + "] must be finite, got " + x[i] + " in series \"" + name + "\"");
      }
      if (Double.isInfinite(y[i])) {
        throw new IllegalArgumentException(
            "y["
                + i
                + "] must be finite or NaN (missing), got "
                + y[i]
                + " in series \""
                + name
                + "\"");
      }
    }
  }

  /** A copy of the x values. */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** A copy of the y values. */
  @Override
  public double[] y() {
    return y.clone();
  }

  public int size() {
    return x.length;
  }

  double xAt(int i) {
    return x[i];
  }

  double yAt(int i) {
    return y[i];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Series that
        && name.equals(that.name)
        && Arrays.equals(x, that.x)
        && Arrays.equals(y, that.y);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(x), Arrays.hashCode(y));
  }

  @Override
  public String toString() {
    return "Series[name=" + name + ", x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + "]";
  }
}
