package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomSamplingTest extends QueryStrategyContractTest {
  @Override
  QueryStrategy strategy() {
    return new RandomSampling();
  }

  @Test
  void differentSeedsGiveDifferentSelections() {
    PoolView view = pool(100);
    assertNotEquals(
        strategy().select(view, 10, new SplittableRandom(1)),
        strategy().select(view, 10, new SplittableRandom(2)));
  }

  @Test
  void ignoresPredictions() {
    PoolView confident = Pools.uniform(30, 1f);
    PoolView uncertain = Pools.uniform(30, 0.5f);
    assertEquals(
        strategy().select(confident, 6, new SplittableRandom(9)),
        strategy().select(uncertain, 6, new SplittableRandom(9)));
  }

  @Test
  void everyCandidateCanBeDrawn() {
    PoolView view = pool(10);
    boolean[] drawn = new boolean[10];
    for (int seed = 0; seed < 200; seed++) {
      List<Integer> selected = strategy().select(view, 1, new SplittableRandom(seed));
      drawn[selected.get(0)] = true;
    }
    for (int i = 0; i < drawn.length; i++) {
      assertTrue(drawn[i], "candidate " + i + " never drawn in 200 seeds");
    }
  }
}
