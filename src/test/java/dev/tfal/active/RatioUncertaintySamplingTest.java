package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RatioUncertaintySamplingTest extends QueryStrategyContractTest {
  // predicted negative (p <= 0.5): 0, 2, 4, 6, 8; positive: 1, 3, 5, 7, 9
  // uncertainty 1 - max(p, 1 - p): 0: .10  2: .45  4: .30  6: .02  8: .40
  //                                1: .20  3: .05  5: .48  7: .35  9: .15
  private static final float[] PROBABILITIES = {
    0.1f, 0.8f, 0.45f, 0.95f, 0.3f, 0.52f, 0.02f, 0.65f, 0.4f, 0.85f
  };

  @Override
  QueryStrategy strategy() {
    return new RatioUncertaintySampling();
  }

  private List<Integer> select(ClassErrors errors, int n) {
    return strategy()
        .select(Pools.of(PROBABILITIES).withErrors(errors), n, new SplittableRandom(1));
  }

  @Test
  void budgetsPerPredictedClassMostUncertainFirst() {
    // FN 3 : FP 1 of 4 -> 3 predicted negatives, 1 predicted positive
    assertEquals(List.of(2, 8, 4, 5), select(new ClassErrors(3, 1), 4));
  }

  @Test
  void evenSplitWithoutErrors() {
    assertEquals(List.of(2, 8, 5, 7), select(ClassErrors.none(), 4));
  }

  @Test
  void shortPartIsFilledFromTheOtherPartsNextMostUncertain() {
    // FN 1 : FP 4 of 8 -> 1 negative and 6 positives (1.6 and 6.4 truncated), but only 5 are
    // predicted positive: the 2 places left go to the next most uncertain negatives, 8 and 4.
    assertEquals(List.of(2, 5, 7, 1, 9, 3, 8, 4), select(new ClassErrors(1, 4), 8));
  }

  @Test
  void truncationRemainderIsFilled() {
    // 1/3 and 2/3 of 5 truncate to 1 + 3 = 4; the fifth is the most uncertain left (8).
    assertEquals(List.of(2, 5, 7, 1, 8), select(new ClassErrors(1, 2), 5));
  }

  @Test
  void needsNoRevealedLabels() {
    assertFalse(strategy().needsRevealedLabels());
  }
}
