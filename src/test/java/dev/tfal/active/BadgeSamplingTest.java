package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BadgeSamplingTest extends QueryStrategyContractTest {
  @Override
  QueryStrategy strategy() {
    return QueryStrategies.create("badge", StrategyOptions.defaults());
  }

  @Test
  void embeddingIsTheOutputLayerGradientForThePredictedClass() {
    PoolView view = Pools.of(0.8f, 0.25f).withFeatures(new float[][] {{1, 2}, {4, 0}});
    double[][] embeddings = BadgeSampling.embeddings(view);
    // p 0.8 predicts positive: (0.8 - 1) * [1, 2, 1]; p 0.25 predicts negative: 0.25 * [4, 0, 1]
    assertArrayEquals(new double[] {-0.2, -0.4, -0.2}, embeddings[0], 1e-6);
    assertArrayEquals(new double[] {1.0, 0.0, 0.25}, embeddings[1], 1e-6);
  }

  /**
   * Candidates 0 and 1 are the most uncertain and identical, 2 and 3 unlike them. Least-confidence
   * would take 0 and 1; badge takes the longest embedding (0, the lowest index of two equals), then
   * never its twin (distance 0), but 2 or 3 with odds in the ratio of their squared distances from
   * 0's embedding [5, 0, 0.5]: 2 is [0, 4, 0.4] (41.01 away), 3 is [0, -0.001, -0.001] (about 25.25
   * away), so 2 comes second about 62 % of the time.
   */
  @Test
  void secondPickIsNeverTheTwinAndFollowsTheSquaredDistances() {
    PoolView view =
        Pools.of(0.5f, 0.5f, 0.4f, 0.999f)
            .withFeatures(new float[][] {{10, 0}, {10, 0}, {0, 10}, {0, 1}});
    int takesTwo = 0;
    for (int seed = 0; seed < 400; seed++) {
      List<Integer> picked = strategy().select(view, 2, new SplittableRandom(seed));
      assertEquals(0, picked.get(0), "longest embedding first");
      assertTrue(picked.get(1) == 2 || picked.get(1) == 3, "seed " + seed + ": " + picked);
      takesTwo += picked.get(1) == 2 ? 1 : 0;
    }
    assertTrue(takesTwo > 0.55 * 400 && takesTwo < 0.69 * 400, "2 taken " + takesTwo + " of 400");
  }

  @Test
  void identicalCandidatesAreTakenUniformlyOnceDistancesRunOut() {
    PoolView view = Pools.uniform(4, 0.5f).withFeatures(new float[4][2]);
    List<Integer> picked = strategy().select(view, 3, new SplittableRandom(7));
    assertEquals(0, picked.get(0));
    assertEquals(3, new java.util.HashSet<>(picked).size(), picked.toString());
  }

  @Test
  void withoutFeaturesIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> strategy().select(Pools.of(0.5f, 0.4f), 1, new SplittableRandom(1)));
    assertEquals(
        "badge needs the model's hidden representation of every candidate in the view",
        e.getMessage());
  }

  @Test
  void asksTheControllerForFeatures() {
    assertTrue(strategy().needsFeatures());
  }
}
