package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BaldSamplingTest extends QueryStrategyContractTest {
  @Override
  QueryStrategy strategy() {
    return QueryStrategies.create("bald", new StrategyOptions(4));
  }

  @Test
  void reportsItsMonteCarloPasses() {
    assertEquals(4, strategy().monteCarloPasses());
    assertEquals(
        StrategyOptions.DEFAULT_MONTE_CARLO_PASSES,
        QueryStrategies.create("bald", StrategyOptions.defaults()).monteCarloPasses());
  }

  @Test
  void picksWherePassesDisagreeNotWhereTheyAgreeOnUncertainty() {
    // candidate 0: all passes 0.5 (uncertain but no disagreement); 1: 0.1/0.9; 2: 0.3/0.7;
    // 3: all 0.99
    float[][] passes = {
      {0.5f, 0.1f, 0.3f, 0.99f},
      {0.5f, 0.9f, 0.7f, 0.99f},
      {0.5f, 0.1f, 0.3f, 0.99f},
      {0.5f, 0.9f, 0.7f, 0.99f}
    };
    PoolView view = Pools.of(0.5f, 0.5f, 0.5f, 0.99f).withMonteCarlo(passes);
    assertEquals(List.of(1, 2), strategy().select(view, 2, new SplittableRandom(1)));
  }

  @Test
  void withoutPassesIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> strategy().select(Pools.of(0.5f), 1, new SplittableRandom(1)));
    assertEquals(
        "bald needs Monte-Carlo dropout passes, but the pool view has none", e.getMessage());
  }
}
