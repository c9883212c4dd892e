package dev.tfal.run;

import java.util.List;
import java.util.Locale;

/**
 * The full-data models' test accuracy that the active-learning sessions are measured against: one
 * model (the reference's comparison), or the mean of several trained with different training seeds
 * on one split, whose spread shows how much of the ceiling is training noise.
 *
 * @param accuracies test accuracy of each full-data model, in training-seed order
 * @param splitSeed the seed of the split they share
 * @param firstTrainingSeed the training seed of the first model; the others follow it by one
 */
public record Ceiling(List<Double> accuracies, long splitSeed, long firstTrainingSeed) {
  public Ceiling {
    accuracies = List.copyOf(accuracies);
    if (accuracies.isEmpty()) {
      throw new IllegalArgumentException("a ceiling needs at least one full-data model");
    }
  }

  public static Ceiling single(double accuracy, long seed) {
    return new Ceiling(List.of(accuracy), seed, seed);
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
        firstTrainingSeed,
        firstTrainingSeed + runs() - 1,
        splitSeed);
  }
}
