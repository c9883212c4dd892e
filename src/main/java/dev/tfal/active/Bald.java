package dev.tfal.active;

/**
 * BALD, Bayesian active learning by disagreement: the mutual information between the prediction and
 * the weights, estimated over Monte-Carlo dropout passes as {@code H(mean_t p_t) - mean_t H(p_t)}
 * (entropies in nats). Zero when every pass agrees; at most ln 2.
 */
public final class Bald implements Scorer {
  @Override
  public double[] scores(PoolView pool) {
    int passes = pool.monteCarloPasses();
    if (passes == 0) {
      throw new IllegalArgumentException(
          "bald needs Monte-Carlo dropout passes, but the pool view has none");
    }
    double[] scores = new double[pool.size()];
    for (int i = 0; i < scores.length; i++) {
      double meanProbability = 0;
      double meanEntropy = 0;
      for (int t = 0; t < passes; t++) {
        double p = pool.monteCarloProbability(t, i);
        meanProbability += p;
        meanEntropy += Entropy.of(p);
      }
      // Rounding may leave a tiny negative where all passes agree; information is never negative.
      scores[i] = Math.max(0, Entropy.of(meanProbability / passes) - meanEntropy / passes);
    }
    return scores;
  }

  @Override
  public String name() {
    return "bald";
  }

  @Override
  public String toString() {
    return name();
  }
}
