package dev.tfal.active;

/**
 * Least-confidence uncertainty {@code 1 - max(p, 1 - p)}: 0.5 at p = 0.5, 0 for a certain
 * prediction.
 */
public final class LeastConfidence implements PointwiseScorer {
  @Override
  public double score(double probability) {
    return of(probability);
  }

  /** The least-confidence score of one P(positive). */
  public static double of(double p) {
    return 1 - Math.max(p, 1 - p);
  }

  @Override
  public String name() {
    return "least-confidence";
  }

  @Override
  public String toString() {
    return name();
  }
}
