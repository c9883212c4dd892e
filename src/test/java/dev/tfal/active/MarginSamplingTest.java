package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MarginSamplingTest extends QueryStrategyContractTest {
  @Override
  QueryStrategy strategy() {
    return QueryStrategies.create("margin", StrategyOptions.defaults());
  }

  @Test
  void picksTheSmallestMargins() {
    // margins |2p - 1|: 0.9, 0.2, 0.6, 0.04, 0.3, 1.0
    PoolView view = Pools.of(0.05f, 0.4f, 0.8f, 0.52f, 0.35f, 1f);
    assertEquals(List.of(3, 1), strategy().select(view, 2, new SplittableRandom(1)));
    assertEquals(List.of(3, 1, 4, 2), strategy().select(view, 4, new SplittableRandom(1)));
  }
}
