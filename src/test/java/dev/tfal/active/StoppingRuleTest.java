package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoppingRuleTest {
  private static RoundStatus status(int rounds, int labelled, int pool, double accuracy) {
    return new RoundStatus(rounds, labelled, pool, accuracy, Optional.empty());
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
  void stablePredictions() {
    StablePredictions criterion = new StablePredictions(0.99);
    RoundStatus first = status(1, 10, 5, 0.5);
    assertEquals(Optional.empty(), criterion.reason(first));
    assertEquals(Optional.empty(), criterion.reason(first.withKappa(0.9899)));
    assertEquals(
        Optional.of("predictions stable: kappa 0.991 >= 0.99"),
        criterion.reason(first.withKappa(0.991)));
  }

  @Test
  void firstReasonInListOrderWins() {
    RoundStatus done = new RoundStatus(3, 25_000, 0, 0.9, Optional.of(1.0));
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
    RoundStatus status = new RoundStatus(2, 20_000, 5_000, 0.85, Optional.of(0.95));
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
