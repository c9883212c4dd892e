package dev.tfal.active;

import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The {@code n} candidates a scorer rates most informative; equal scores are ordered by a seeded
 * random permutation. Registry names {@code least-confidence}, {@code margin}, {@code entropy} and
 * {@code bald} are this strategy with the scorer of that name.
 */
public final class UncertaintySampling implements QueryStrategy {
  private final Scorer scorer;
  private final int monteCarloPasses;

  /**
   * @param scorer rates the candidates
   * @param monteCarloPasses dropout passes the scorer reads, 0 when it reads none
   */
  public UncertaintySampling(Scorer scorer, int monteCarloPasses) {
    this.scorer = Objects.requireNonNull(scorer, "scorer must not be null");
    if (monteCarloPasses < 0) {
      throw new IllegalArgumentException("monteCarloPasses must be >= 0, got " + monteCarloPasses);
    }
    this.monteCarloPasses = monteCarloPasses;
  }

  /** A strategy over a scorer that reads no Monte-Carlo passes. */
  public static UncertaintySampling of(Scorer scorer) {
    return new UncertaintySampling(scorer, 0);
  }

  @Override
  public List<Integer> select(PoolView pool, int n, RandomGenerator random) {
    Ranking.checkCount(n);
    return Ranking.top(scorer.scores(pool), n, random);
  }

  @Override
  public int monteCarloPasses() {
    return monteCarloPasses;
  }

  /** The scorer's name. */
  @Override
  public String toString() {
    return scorer.name();
  }
}
