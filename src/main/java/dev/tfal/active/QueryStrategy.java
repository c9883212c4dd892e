package dev.tfal.active;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses which unlabelled candidates to send to the oracle. Strategies are stateless: every random
 * choice, tie-breaks included, comes from the generator passed in, so a seed fixes the selection.
 * {@link #toString()} is the stable registry name and appears in results.
 */
public interface QueryStrategy {
  /**
   * Distinct indices into {@code pool}, at most {@code n}; fewer only where the pool has fewer, or
   * where the strategy's rule documents a shortfall.
   *
   * @throws IllegalArgumentException if {@code n} is negative, or the view lacks what the strategy
   *     needs (Monte-Carlo passes, revealed labels)
   */
  List<Integer> select(PoolView pool, int n, RandomGenerator random);

  /** Monte-Carlo dropout passes the controller must supply in the view (0 = none). */
  default int monteCarloPasses() {
    return 0;
  }

  /** Whether the view must carry the model's hidden representation of each candidate. */
  default boolean needsFeatures() {
    return false;
  }

  /** Whether the view must carry revealed labels (only the faithful reference rule does). */
  default boolean needsRevealedLabels() {
    return false;
  }
}
