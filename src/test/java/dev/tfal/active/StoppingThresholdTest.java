package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each stopping rule stops on reaching its threshold exactly, not only past it, and accepts the
 * ends of its documented range while refusing what lies outside.
 */
class StoppingThresholdTest {
  /** Two rounds' validation predictions that agree on 8 of 10: kappa 0.6 (po 0.8, pe 0.5). */
  private static final int[] BEFORE = {1, 1, 1, 1, 1, 0, 0, 0, 0, 0};

  private static final int[] AFTER = {1, 1, 1, 1, 0, 0, 0, 0, 0, 1};

  private static RoundStatus accuracy(double accuracy) {
    return new RoundStatus(1, 10, 5, accuracy, new int[0]);
  }

  private static RoundStatus predicted(int[] predictions) {
    return new RoundStatus(2, 10, 5, 0.5, predictions);
  }

  /** The rule's reason after it saw {@link #BEFORE} and then {@link #AFTER}. */
  private static Optional<String> afterTwoRounds(StablePredictions rule) {
    assertEquals(Optional.empty(), rule.reason(predicted(BEFORE)), "one round has no kappa");
    return rule.reason(predicted(AFTER));
  }

  @Test
  void targetAccuracyStopsWhenReachedExactly() {
    assertEquals(
        Optional.of("validation accuracy 0.7500 >= target 0.75"),
        new TargetAccuracy(0.75).reason(accuracy(0.75)));
    assertEquals(Optional.empty(), new TargetAccuracy(0.75).reason(accuracy(0.7499)));
  }

  @Test
  void targetAccuracyAcceptsZeroAndOneAndNothingOutside() {
    assertEquals(
        Optional.of("validation accuracy 0.0000 >= target 0.0"),
        new TargetAccuracy(0).reason(accuracy(0)));
    assertEquals(
        Optional.of("validation accuracy 1.0000 >= target 1.0"),
        new TargetAccuracy(1).reason(accuracy(1)));
    assertEquals(
        "target must be in [0, 1], got -0.01",
        assertThrows(IllegalArgumentException.class, () -> new TargetAccuracy(-0.01)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new TargetAccuracy(1.01));
    assertThrows(IllegalArgumentException.class, () -> new TargetAccuracy(Double.NaN));
  }

  @Test
  void stablePredictionsStopsWhenKappaEqualsTheThreshold() {
    double kappa = CohensKappa.of(BEFORE, AFTER);
    assertEquals(0.6, kappa, 1e-12);
    assertEquals(
        Optional.of("predictions stable: kappa 0.600 >= " + kappa),
        afterTwoRounds(new StablePredictions(kappa)));
    assertEquals(Optional.empty(), afterTwoRounds(new StablePredictions(Math.nextUp(kappa))));
  }

  @Test
  void stablePredictionsThresholdIsInMinusOneExclusiveToOneInclusive() {
    StablePredictions identical = new StablePredictions(1);
    identical.reason(predicted(BEFORE));
    assertEquals(
        Optional.of("predictions stable: kappa 1.000 >= 1.0"),
        identical.reason(predicted(BEFORE.clone())));
    assertEquals(
        "kappaThreshold must be in (-1, 1], got -1.0",
        assertThrows(IllegalArgumentException.class, () -> new StablePredictions(-1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new StablePredictions(1.0001));
    // Just above -1 is allowed: every kappa but -1 itself then stops, even total disagreement's
    // neighbour: here kappa -0.6 (agreement on 2 of 10).
    int[] opposite = {0, 0, 0, 0, 1, 1, 1, 1, 1, 0};
    StablePredictions lenient = new StablePredictions(-0.999);
    lenient.reason(predicted(BEFORE));
    assertEquals(
        Optional.of("predictions stable: kappa -0.600 >= -0.999"),
        lenient.reason(predicted(opposite)));
  }

  @Test
  void zeroRoundsAndZeroLabelsAreValidBudgetsThatStopAtOnce() {
    RoundStatus start = new RoundStatus(0, 0, 5, 0.5, new int[0]);
    assertEquals(Optional.of("0 rounds done"), new MaxRounds(0).reason(start));
    assertEquals(Optional.of("label budget 0 reached"), new LabelBudget(0).reason(start));
    assertEquals(0, new LabelBudget(0).remaining(0));
    assertEquals(
        "rounds must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new MaxRounds(-1)).getMessage());
    assertEquals(
        "maxLabels must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new LabelBudget(-1)).getMessage());
  }

  @Test
  void labelBudgetLeavesWhatIsNotYetSpent() {
    LabelBudget budget = new LabelBudget(100);
    assertEquals(100, budget.remaining(0));
    assertEquals(30, budget.remaining(70));
    assertEquals(0, budget.remaining(100));
    assertEquals(0, budget.remaining(130));
  }
}
