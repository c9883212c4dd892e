package dev.tfal.train;

/**
 * A metric to watch and which way is better, shared by early stopping and the best checkpoint.
 *
 * @param key metric name in the epoch logs, e.g. {@code val_loss}
 * @param mode whether lower or higher values are better
 * @param minDelta an improvement must beat the best value by more than this (Keras' {@code
 *     min_delta}: a change of at most {@code minDelta} is no improvement)
 */
public record Monitor(String key, Mode mode, double minDelta) {
  /** Direction of improvement. */
  public enum Mode {
    MIN,
    MAX
  }

  public Monitor {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank, got '" + key + "'");
    }
    if (mode == null) {
      throw new IllegalArgumentException("mode must not be null");
    }
    if (!(minDelta >= 0)) {
      throw new IllegalArgumentException("minDelta must be >= 0, got " + minDelta);
    }
  }

  /** Keras' default monitor: {@code val_loss}, lower is better, any decrease counts. */
  public static Monitor valLoss() {
    return new Monitor("val_loss", Mode.MIN, 0);
  }

  /** The worst possible value, so that the first epoch always improves on it. */
  public double worst() {
    return mode == Mode.MIN ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
  }

  /**
   * Whether {@code current} beats {@code best} by more than {@code minDelta}: for {@code MIN}
   * {@code current + minDelta < best}, for {@code MAX} {@code current - minDelta > best}, as Keras
   * compares. NaN never improves.
   */
  public boolean improves(double current, double best) {
    return mode == Mode.MIN ? current + minDelta < best : current - minDelta > best;
  }
}
