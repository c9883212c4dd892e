package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The contract every query strategy keeps; each strategy's test extends this class. The pool
 * fixture holds only what the strategy declares it needs: Monte-Carlo passes when {@link
 * QueryStrategy#monteCarloPasses()} is positive, hidden features when it needs them, true labels
 * when it needs revealed labels. Labels alternate 0, 1, ... and the class errors are equal, so even
 * the ratio rules can take a whole even-sized pool.
 */
abstract class QueryStrategyContractTest {
  /** The strategy under test. */
  abstract QueryStrategy strategy();

  /** A view of {@code size} unlabelled candidates as the controller would build it. */
  PoolView pool(int size) {
    QueryStrategy strategy = strategy();
    SplittableRandom random = new SplittableRandom(size);
    float[] probabilities = randomProbabilities(size, random);
    PoolView view = Pools.of(probabilities).withErrors(new ClassErrors(7, 7));
    if (strategy.monteCarloPasses() > 0) {
      float[][] passes = new float[strategy.monteCarloPasses()][];
      for (int t = 0; t < passes.length; t++) {
        passes[t] = randomProbabilities(size, random);
      }
      view = view.withMonteCarlo(passes);
    }
    if (strategy.needsFeatures()) {
      float[][] features = new float[size][3];
      for (float[] row : features) {
        for (int d = 0; d < row.length; d++) {
          row[d] = (float) random.nextDouble();
        }
      }
      view = view.withFeatures(features);
    }
    if (strategy.needsRevealedLabels()) {
      view = view.withRevealedLabels(IntStream.range(0, size).map(i -> i % 2).toArray());
    }
    return view;
  }

  private static float[] randomProbabilities(int size, SplittableRandom random) {
    float[] probabilities = new float[size];
    for (int i = 0; i < size; i++) {
      probabilities[i] = (float) random.nextDouble();
    }
    return probabilities;
  }

  @Test
  void emptyPoolGivesEmptySelection() {
    assertEquals(List.of(), strategy().select(pool(0), 5, new SplittableRandom(1)));
  }

  @Test
  void zeroItemsGivesEmptySelection() {
    assertEquals(List.of(), strategy().select(pool(10), 0, new SplittableRandom(1)));
  }

  @Test
  void moreThanPoolGivesWholePool() {
    assertWholePool(strategy().select(pool(12), 50, new SplittableRandom(2)), 12);
  }

  @Test
  void exactlyPoolGivesWholePool() {
    assertWholePool(strategy().select(pool(12), 12, new SplittableRandom(3)), 12);
  }

  @Test
  void indicesAreDistinctAndInsideTheView() {
    PoolView view = pool(40);
    for (int seed = 0; seed < 5; seed++) {
      List<Integer> selected = strategy().select(view, 10, new SplittableRandom(seed));
      assertEquals(10, selected.size(), "selection " + selected);
      assertEquals(10, new HashSet<>(selected).size(), "duplicates in " + selected);
      assertTrue(selected.stream().allMatch(i -> i >= 0 && i < 40), "out of range: " + selected);
    }
  }

  @Test
  void sameSeedGivesSameSelection() {
    PoolView view = pool(60);
    assertEquals(
        strategy().select(view, 15, new SplittableRandom(42)),
        strategy().select(view, 15, new SplittableRandom(42)));
  }

  @Test
  void selectionDoesNotChangeTheView() {
    PoolView view = pool(20);
    PoolView copy = pool(20);
    strategy().select(view, 5, new SplittableRandom(4));
    assertEquals(copy, view);
  }

  @Test
  void negativeCountIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> strategy().select(pool(5), -1, new SplittableRandom(1)));
    assertEquals("n must be >= 0, got -1", e.getMessage());
  }

  @Test
  void nameIsARegisteredName() {
    String name = strategy().toString();
    assertTrue(QueryStrategies.names().contains(name), name);
    assertEquals(name, QueryStrategies.create(name, StrategyOptions.defaults()).toString());
  }

  private static void assertWholePool(List<Integer> selected, int size) {
    assertEquals(size, selected.size(), "selection " + selected);
    assertEquals(
        IntStream.range(0, size).boxed().collect(java.util.stream.Collectors.toSet()),
        new HashSet<>(selected));
  }
}
