package dev.tfal.active;

/**
 * A scorer whose score of a candidate depends only on that candidate's P(positive) with dropout
 * off: least-confidence, margin, entropy.
 */
public interface PointwiseScorer extends Scorer {
  /** The score of one P(positive). */
  double score(double probability);

  @Override
  default double[] scores(PoolView pool) {
    double[] scores = new double[pool.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = score(pool.probability(i));
    }
    return scores;
  }
}
