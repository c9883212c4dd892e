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
  private static RoundStatus accuracy(double accuracy) {
    return new RoundStatus(1, 10, 5, accuracy, Optional.empty());
  }

  private static RoundStatus kappa(double kappa) {
    return new RoundStatus(2, 10, 5, 0.5, Optional.of(kappa));
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
    assertEquals(
        Optional.of("predictions stable: kappa 0.900 >= 0.9"),
        new StablePredictions(0.9).reason(kappa(0.9)));
    assertEquals(Optional.empty(), new StablePredictions(0.9).reason(kappa(0.89)));
  }

  @Test
  void stablePredictionsThresholdIsInMinusOneExclusiveToOneInclusive() {
    assertEquals(
        Optional.of("predictions stable: kappa 1.000 >= 1.0"),
        new StablePredictions(1).reason(kappa(1)));
    assertEquals(
        "kappaThreshold must be in (-1, 1], got -1.0",
        assertThrows(IllegalArgumentException.class, () -> new StablePredictions(-1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new StablePredictions(1.0001));
    // Just above -1 is allowed: every kappa but -1 itself then stops.
    assertEquals(
        Optional.of("predictions stable: kappa -0.999 >= -0.999"),
        new StablePredictions(-0.999).reason(kappa(-0.999)));
  }

  @Test
  void zeroRoundsAndZeroLabelsAreValidBudgetsThatStopAtOnce() {
    RoundStatus start = new RoundStatus(0, 0, 5, 0.5, Optional.empty());
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
