package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * BADGE's k-means++ seeding: where its first pick comes from, and a budget as large as the pool.
 */
class BadgeSeedingTest {
  private final QueryStrategy badge = QueryStrategies.create("badge", StrategyOptions.defaults());

  /**
   * Embeddings {@code (p - y) * [h, 1]}: candidate 0 (p 0.9, positive) is -0.1 * [1, 1, 1], squared
   * norm 0.03; candidate 1 (p 0.2, negative) is 0.2 * [2, 0, 1], norm 0.2; candidate 2 (p 0.4,
   * negative) is 0.4 * [3, 0, 1], norm 1.6, the longest, so it is the first pick for every seed.
   */
  @Test
  void firstPickIsTheLongestEmbeddingWhereverItIsInThePool() {
    PoolView view = Pools.of(0.9f, 0.2f, 0.4f).withFeatures(new float[][] {{1, 1}, {2, 0}, {3, 0}});
    for (int seed = 0; seed < 20; seed++) {
      assertEquals(List.of(2), badge.select(view, 1, new SplittableRandom(seed)));
    }
  }

  /**
   * The norm is a sum of squares, not of magnitudes: candidate 0 is 0.5 * [2, 2, 1] (squared norm
   * 2.25, magnitudes 2.5), candidate 1 is 0.5 * [0, 3.2, 1] (squared norm 2.81, magnitudes 2.1).
   */
  @Test
  void longestIsBySquaredEuclideanNorm() {
    PoolView view = Pools.of(0.5f, 0.5f).withFeatures(new float[][] {{2, 2}, {0, 3.2f}});
    assertEquals(List.of(1), badge.select(view, 1, new SplittableRandom(3)));
  }

  @Test
  void aBudgetOfThePoolSizeTakesEveryCandidateInPoolOrder() {
    PoolView view = Pools.of(0.9f, 0.2f, 0.4f).withFeatures(new float[][] {{1, 1}, {2, 0}, {3, 0}});
    assertEquals(List.of(0, 1, 2), badge.select(view, 3, new SplittableRandom(1)));
    assertEquals(List.of(0, 1, 2), badge.select(view, 7, new SplittableRandom(1)));
  }
}
