package dev.tfal.compare;

import java.util.List;
import java.util.Locale;

/**
 * The full-data models trained on one split: one model (the reference's comparison), or several
 * with training seeds {@code seed}, {@code seed + 1}, ..., whose mean is the ceiling and whose
 * spread shows how much of one model's accuracy is training noise.
 *
 * @param seed the seed of the split, and the training seed of the first model
 * @param accuracies test accuracy of each model, in training-seed order
 */
public record SplitCeiling(long seed, List<Double> accuracies) {
  public SplitCeiling {
    accuracies = List.copyOf(accuracies);
    if (accuracies.isEmpty()) {
      throw new IllegalArgumentException("a ceiling needs at least one full-data model");
    }
  }

  public int runs() {
    return accuracies.size();
  }

  public double mean() {
    return stat().mean();
  }

  /** Sample standard deviation (n - 1); 0 for one model. */
  public double std() {
    return stat().std();
  }

  private StrategySummary.Stat stat() {
    return StrategySummary.Stat.of(accuracies.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** For the report: the accuracy, or the mean ± std with the models it averages. */
  public String describe() {
    if (runs() == 1) {
      return String.format(Locale.ROOT, "%.4f", mean());
    }
    return String.format(
        Locale.ROOT,
        "%.4f ± %.4f (mean of %d full-data models: training seeds %d-%d on the split of seed %d)",
        mean(),
        std(),
        runs(),
        seed,
        seed + runs() - 1,
        seed);
  }
}
