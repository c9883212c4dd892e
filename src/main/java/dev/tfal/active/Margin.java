package dev.tfal.active;

/**
 * Margin uncertainty {@code 1 - |p - (1 - p)|}: one minus the gap between the two class
 * probabilities; 1 at p = 0.5, 0 for a certain prediction.
 */
public final class Margin implements Scorer {
  @Override
  public double[] scores(PoolView pool) {
    double[] scores = new double[pool.size()];
    for (int i = 0; i < scores.length; i++) {
      double p = pool.probability(i);
      scores[i] = 1 - Math.abs(p - (1 - p));
    }
    return scores;
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
