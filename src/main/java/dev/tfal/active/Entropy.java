package dev.tfal.active;

/**
 * Predictive entropy {@code -p ln p - (1 - p) ln(1 - p)} in nats, with {@code 0 ln 0 = 0}: ln 2 at
 * p = 0.5, 0 for a certain prediction.
 */
public final class Entropy implements PointwiseScorer {
  @Override
  public double score(double probability) {
    return of(probability);
  }

  /** The binary entropy of one P(positive), in nats. */
  public static double of(double p) {
    return 0.0 - plogp(p) - plogp(1 - p); // 0.0 - 0.0, not -0.0, for a certain prediction
  }

  private static double plogp(double p) {
    return p <= 0 ? 0 : p * Math.log(p);
  }

  @Override
  public String name() {
    return "entropy";
  }

  @Override
  public String toString() {
    return name();
  }
}
