package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoppingRuleTest {
  private static RoundStatus status(int rounds, int labelled, int pool, double accuracy) {
    return status(rounds, labelled, pool, accuracy, new int[] {0, 1});
  }

  private static RoundStatus status(
      int rounds, int labelled, int pool, double accuracy, int[] predictions) {
    return new RoundStatus(rounds, labelled, pool, accuracy, predictions);
  }

  /** A round's status with {@code predictions} on the stop set. */
  private static RoundStatus predicting(int round, int... predictions) {
    return status(round, 10, 5, 0.5, predictions);
  }

  @Test
  void maxRounds() {
    MaxRounds criterion = new MaxRounds(3);
    assertEquals(Optional.empty(), criterion.reason(status(2, 100, 50, 0.5)));
    assertEquals(Optional.of("3 rounds done"), criterion.reason(status(3, 100, 50, 0.5)));
    assertEquals(Optional.of("1 round done"), new MaxRounds(1).reason(status(1, 100, 50, 0.5)));
  }

  @Test
  void labelBudget() {
    LabelBudget criterion = new LabelBudget(25_000);
    assertEquals(Optional.empty(), criterion.reason(status(1, 24_999, 50, 0.5)));
    assertEquals(
        Optional.of("label budget 25000 reached"), criterion.reason(status(1, 25_000, 50, 0.5)));
    assertEquals(1, criterion.remaining(24_999));
    assertEquals(0, criterion.remaining(26_000));
  }

  @Test
  void targetAccuracy() {
    TargetAccuracy criterion = new TargetAccuracy(0.86);
    assertEquals(Optional.empty(), criterion.reason(status(1, 10, 5, 0.8599)));
    assertEquals(
        Optional.of("validation accuracy 0.8612 >= target 0.86"),
        criterion.reason(status(1, 10, 5, 0.86123)));
  }

  @Test
  void poolExhausted() {
    assertEquals(Optional.empty(), new PoolExhausted().reason(status(1, 10, 1, 0.5)));
    assertEquals(Optional.of("pool exhausted"), new PoolExhausted().reason(status(1, 10, 0, 0.5)));
  }

  @Test
  void stablePredictionsComparesEachRoundWithTheRoundBefore() {
    StablePredictions criterion = new StablePredictions(0.99);
    int[] first = {0, 1, 1, 0, 1, 0, 0, 1};
    int[] oneChanged = {0, 1, 1, 0, 1, 0, 1, 1};
    assertEquals(Optional.empty(), criterion.reason(predicting(0, first)), "no kappa yet");
    assertEquals(Optional.empty(), criterion.reason(predicting(1, oneChanged)), "kappa 0.75");
    assertEquals(
        Optional.of("predictions stable: kappa 1.000 >= 0.99"),
        criterion.reason(predicting(2, oneChanged)));
    assertEquals(
        Optional.empty(), criterion.reason(predicting(3, first)), "compared with round 2 only");
  }

  @Test
  void stablePredictionsContinuesAResumedSessionFromTheRoundBefore() {
    int[] predictions = {0, 1, 1, 0};
    StablePredictions resumed = new StablePredictions(0.99);
    resumed.resumeAfter(predictions);
    assertEquals(
        Optional.of("predictions stable: kappa 1.000 >= 0.99"),
        resumed.reason(predicting(2, predictions)));
    assertEquals(Optional.empty(), new StablePredictions(0.99).reason(predicting(2, predictions)));
  }

  @Test
  void ruleShowsEveryRoundToEveryCriterionEvenWhenAnEarlierOneStops() {
    StablePredictions stable = new StablePredictions(0.99);
    StoppingRule rule = StoppingRule.of(new MaxRounds(1), stable);
    int[] predictions = {0, 1, 1, 0};
    assertEquals(Optional.of("1 round done"), rule.reason(predicting(1, predictions)));
    assertEquals(
        Optional.of("predictions stable: kappa 1.000 >= 0.99"),
        stable.reason(predicting(2, predictions)),
        "the window holds the round the rule stopped at");
  }

  @Test
  void firstReasonInListOrderWins() {
    RoundStatus done = status(3, 25_000, 0, 0.9);
    assertEquals(
        Optional.of("pool exhausted"),
        StoppingRule.of(new PoolExhausted(), new MaxRounds(3), new LabelBudget(25_000))
            .reason(done));
    assertEquals(
        Optional.of("label budget 25000 reached"),
        StoppingRule.of(new TargetAccuracy(0.95), new LabelBudget(25_000), new MaxRounds(3))
            .reason(done));
  }

  @Test
  void goesOnWhileNoCriterionFires() {
    StoppingRule rule =
        new StoppingRule(
            List.of(
                new MaxRounds(5),
                new LabelBudget(30_000),
                new TargetAccuracy(0.9),
                new PoolExhausted(),
                new StablePredictions(0.99)));
    RoundStatus status = status(2, 20_000, 5_000, 0.85);
    assertEquals(Optional.empty(), rule.reason(status));
    assertEquals(Optional.empty(), StoppingRule.of().reason(status));
  }

  @Test
  void validatesValues() {
    assertEquals(
        "rounds must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new MaxRounds(-1)).getMessage());
    assertEquals(
        "target must be in [0, 1], got 1.2",
        assertThrows(IllegalArgumentException.class, () -> new TargetAccuracy(1.2)).getMessage());
    assertEquals(
        "kappaThreshold must be in (-1, 1], got 2.0",
        assertThrows(IllegalArgumentException.class, () -> new StablePredictions(2)).getMessage());
    assertEquals(
        "validationAccuracy must be in [0, 1], got NaN",
        assertThrows(IllegalArgumentException.class, () -> status(1, 1, 1, Double.NaN))
            .getMessage());
    assertEquals(
        "poolRemaining must be >= 0, got -4",
        assertThrows(IllegalArgumentException.class, () -> status(1, 1, -4, 0.5)).getMessage());
  }
}
