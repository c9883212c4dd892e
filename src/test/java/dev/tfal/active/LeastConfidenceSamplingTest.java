package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeastConfidenceSamplingTest extends QueryStrategyContractTest {
  @Override
  QueryStrategy strategy() {
    return QueryStrategies.create("least-confidence", StrategyOptions.defaults());
  }

  @Test
  void picksTheLeastConfidentInOrder() {
    // scores 0.1, 0.4, 0.2, 0.35, 0.01, 0.3
    PoolView view = Pools.of(0.9f, 0.4f, 0.2f, 0.65f, 0.99f, 0.3f);
    assertEquals(List.of(1, 3, 5), strategy().select(view, 3, new SplittableRandom(1)));
  }

  @Test
  void tiesAreBrokenAtRandomNotByPoolOrder() {
    PoolView view = Pools.uniform(50, 0.5f);
    List<Integer> first = strategy().select(view, 5, new SplittableRandom(1));
    assertNotEquals(List.of(0, 1, 2, 3, 4), first);
    assertNotEquals(first, strategy().select(view, 5, new SplittableRandom(2)));
  }

  @Test
  void tiesNeverOutrankAHigherScore() {
    float[] probabilities = new float[30];
    java.util.Arrays.fill(probabilities, 0.9f);
    probabilities[29] = 0.5f;
    PoolView view = Pools.of(probabilities);
    for (int seed = 0; seed < 10; seed++) {
      assertEquals(29, strategy().select(view, 3, new SplittableRandom(seed)).get(0));
    }
  }

  @Test
  void sameScoresAsTheScorer() {
    PoolView view = pool(25);
    double[] scores = new LeastConfidence().scores(view);
    List<Integer> selected = strategy().select(view, 25, new SplittableRandom(5));
    IntStream.range(1, selected.size())
        .forEach(
            k ->
                assertEquals(
                    true,
                    scores[selected.get(k - 1)] >= scores[selected.get(k)],
                    "not descending at " + k));
  }
}
