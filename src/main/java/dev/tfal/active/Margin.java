package dev.tfal.active;

/**
 * Margin uncertainty {@code 1 - |p - (1 - p)|}: one minus the gap between the two class
 * probabilities; 1 at p = 0.5, 0 for a certain prediction.
 */
public final class Margin implements PointwiseScorer {
  @Override
  public double score(double p) {
    return 1 - Math.abs(p - (1 - p));
  }

  @Override
  public String name() {
    return "margin";
  }

  @Override
  public String toString() {
    return name();
  }
}
