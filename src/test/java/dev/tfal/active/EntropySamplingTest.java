package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EntropySamplingTest extends QueryStrategyContractTest {
  @Override
  QueryStrategy strategy() {
    return QueryStrategies.create("entropy", StrategyOptions.defaults());
  }

  @Test
  void picksTheHighestEntropy() {
    // entropy falls with |p - 0.5|: 0.0 -> 0, 0.45 -> 0.688, 0.7 -> 0.611, 0.97 -> 0.135
    PoolView view = Pools.of(0f, 0.7f, 0.97f, 0.45f, 1f);
    assertEquals(List.of(3, 1, 2), strategy().select(view, 3, new SplittableRandom(1)));
  }
}
