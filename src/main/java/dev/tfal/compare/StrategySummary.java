package dev.tfal.compare;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One strategy's learning curves over several seeds, summarised.
 *
 * @param strategy strategy name
 * @param curves one curve per seed, each with its session's final result
 * @param ceilings the full-data test accuracy each curve is measured against, in curve order
 */
public record StrategySummary(String strategy, List<LearningCurve> curves, List<Double> ceilings) {
  public StrategySummary {
    curves = List.copyOf(curves);
    ceilings = List.copyOf(ceilings);
    if (curves.isEmpty()) {
      throw new IllegalArgumentException("need at least one curve for " + strategy);
    }
    if (ceilings.size() != curves.size()) {
      throw new IllegalArgumentException(
          strategy + ": " + curves.size() + " curves but " + ceilings.size() + " ceilings");
    }
    if (curves.stream().anyMatch(curve -> curve.result() == null)) {
      throw new IllegalArgumentException(
          "every curve of " + strategy + " needs its session's final result");
    }
  }

  public Stat areaUnderCurve() {
    return Stat.of(curves.stream().mapToDouble(LearningCurve::areaUnderCurve).toArray());
  }

  public Stat finalAccuracy() {
    return Stat.of(curves.stream().mapToDouble(LearningCurve::finalAccuracy).toArray());
  }

  /** Test false negatives of the overall best models over the seeds. */
  public Stat falseNegatives() {
    return Stat.of(curves.stream().mapToDouble(c -> c.result().falseNegatives()).toArray());
  }

  /** Test false positives of the overall best models over the seeds. */
  public Stat falsePositives() {
    return Stat.of(curves.stream().mapToDouble(c -> c.result().falsePositives()).toArray());
  }

  /** {@code |FN - FP| / (FN + FP)} of each seed's overall best model, over the seeds. */
  public Stat errorBalance() {
    return Stat.of(curves.stream().mapToDouble(c -> c.result().errorBalance()).toArray());
  }

  /** {@code |FN - FP| / (FN + FP)} of the mean error counts over the seeds. */
  public double errorBalanceOfMeans() {
    return FinalResult.balance(falseNegatives().mean(), falsePositives().mean());
  }

  /** Labels needed to reach the ceiling, over the seeds that reached it. */
  public Stat labelsToReachCeiling() {
    return Stat.of(
        IntStream.range(0, curves.size())
            .mapToDouble(i -> curves.get(i).labelsToReach(ceilings.get(i)))
            .filter(labels -> labels >= 0)
            .toArray());
  }

  /**
   * Test accuracy in the last round every seed ran minus that seed's ceiling, over the seeds: how
   * far short of (or past) the full-data model the sessions end at the same labels.
   */
  public Stat gapToCeiling() {
    int last = commonRounds() - 1;
    return Stat.of(
        IntStream.range(0, curves.size())
            .mapToDouble(i -> curves.get(i).testAccuracy()[last] - ceilings.get(i))
            .toArray());
  }

  /** Rounds every seed ran. */
  public int commonRounds() {
    return curves.stream().mapToInt(LearningCurve::points).min().orElse(0);
  }

  /** Mean over seeds of the labels used in round {@code round}. */
  public double meanLabels(int round) {
    return curves.stream().mapToDouble(c -> c.labels()[round]).average().orElse(Double.NaN);
  }

  /** Test accuracy in round {@code round} over the seeds. */
  public Stat accuracyAt(int round) {
    return Stat.of(curves.stream().mapToDouble(c -> c.testAccuracy()[round]).toArray());
  }

  /** Whether the mean accuracy beats {@code other}'s in every round both ran after round 0. */
  public boolean aboveInEveryRound(StrategySummary other) {
    int rounds = Math.min(commonRounds(), other.commonRounds());
    for (int round = 1; round < rounds; round++) {
      if (accuracyAt(round).mean() <= other.accuracyAt(round).mean()) {
        return false;
      }
    }
    return rounds > 1;
  }

  /**
   * Mean and sample standard deviation.
   *
   * @param mean the mean (NaN when count is 0)
   * @param std the sample standard deviation (0 for fewer than two values)
   * @param count how many values
   */
  public record Stat(double mean, double std, int count) {
    static Stat of(double[] values) {
      if (values.length == 0) {
        return new Stat(Double.NaN, 0, 0);
      }
      double mean = java.util.Arrays.stream(values).average().orElse(Double.NaN);
      double squares = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
      double std = values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1));
      return new Stat(mean, std, values.length);
    }
  }
}
