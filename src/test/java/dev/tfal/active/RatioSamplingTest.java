package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RatioSamplingTest extends QueryStrategyContractTest {
  // labels:                          0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15
  private static final int[] LABELS = {1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0};

  @Override
  QueryStrategy strategy() {
    return new RatioSampling();
  }

  private static PoolView labelled(ClassErrors errors) {
    // Predictions are deliberately misleading: the rule must follow the true labels.
    float[] probabilities = new float[LABELS.length];
    for (int i = 0; i < LABELS.length; i++) {
      probabilities[i] = LABELS[i] == 1 ? 0.1f : 0.9f;
    }
    return Pools.of(probabilities).withRevealedLabels(LABELS).withErrors(errors);
  }

  @Test
  void splitsByErrorsAndTakesEachClassInPoolOrder() {
    List<Integer> selected =
        strategy().select(labelled(new ClassErrors(30, 10)), 8, new SplittableRandom(1));
    assertEquals(List.of(1, 2, 4, 6, 7, 9, 0, 3), selected);
  }

  @Test
  void noFalseNegativesSplitsEvenly() {
    List<Integer> selected =
        strategy().select(labelled(new ClassErrors(0, 12)), 8, new SplittableRandom(1));
    assertEquals(List.of(1, 2, 4, 6, 0, 3, 5, 8), selected);
  }

  @Test
  void aShortClassIsNotToppedUpFromTheOther() {
    // FP share 3/4 of 12 = 9 positives wanted, only 5 exist; 3 negatives.
    List<Integer> selected =
        strategy().select(labelled(new ClassErrors(10, 30)), 12, new SplittableRandom(1));
    assertEquals(List.of(1, 2, 4, 0, 3, 5, 8, 12, 14), selected);
  }

  @Test
  void ignoresTheRandomSource() {
    PoolView view = labelled(new ClassErrors(3, 5));
    assertEquals(
        strategy().select(view, 7, new SplittableRandom(1)),
        strategy().select(view, 7, new SplittableRandom(99)));
  }

  @Test
  void truncationCanLeaveTheSelectionShort() {
    // 397/746 * 5000 = 2660.9 and 349/746 * 5000 = 2339.1: 4999 labels, as in the reference.
    int size = 6000;
    int[] labels = new int[size];
    for (int i = 0; i < size; i++) {
      labels[i] = i % 2;
    }
    PoolView view =
        Pools.uniform(size, 0.5f).withRevealedLabels(labels).withErrors(new ClassErrors(397, 349));
    List<Integer> selected = strategy().select(view, 5000, new SplittableRandom(1));
    assertEquals(4999, selected.size());
    assertEquals(2660, selected.stream().filter(i -> labels[i] == 0).count());
    assertEquals(2339, selected.stream().filter(i -> labels[i] == 1).count());
    assertEquals(0, selected.get(0));
    assertEquals(2 * 2659, selected.get(2659));
    assertEquals(1, selected.get(2660));
  }

  @Test
  void needsRevealedLabels() {
    assertTrue(strategy().needsRevealedLabels());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> strategy().select(Pools.of(0.2f, 0.8f), 1, new SplittableRandom(1)));
    assertEquals(
        "ratio needs the true labels of the pool (a simulated oracle); "
            + "use ratio-uncertainty to query without them",
        e.getMessage());
  }
}
