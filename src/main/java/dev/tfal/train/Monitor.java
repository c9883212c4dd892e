package dev.tfal.train;

import java.util.List;

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

  /**
   * The monitor of {@code key} with the direction its name implies: losses and error counts ({@code
   * *loss}, {@code *_negatives}, {@code *_positives}) are better low, accuracies high.
   */
  public static Monitor of(String key) {
    boolean lowerIsBetter =
        key.endsWith("loss") || key.endsWith("_negatives") || key.endsWith("_positives");
    return new Monitor(key, lowerIsBetter ? Mode.MIN : Mode.MAX, 0);
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

  /**
   * Which of {@code values} (one per epoch or per round, in order) is best, by the rule that picks
   * the best epoch: the first value, then each later one that {@linkplain #improves improves} on
   * the best so far; -1 for none.
   */
  public int best(List<Double> values) {
    int best = -1;
    double bestValue = worst();
    for (int i = 0; i < values.size(); i++) {
      if (improves(values.get(i), bestValue)) {
        best = i;
        bestValue = values.get(i);
      }
    }
    return best;
  }
}
