package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The ends of the audit fraction, and the records a round's selection and answers are made of. */
class SelectionRulesTest {
  private final QueryStrategy leastConfidence =
      QueryStrategies.create("least-confidence", StrategyOptions.defaults());

  @Test
  void anAuditFractionOfZeroLeavesEverythingToTheStrategy() {
    PoolView view = Pools.of(0.9f, 0.5f, 0.1f, 0.45f);
    Selection selection =
        AuditedSelection.select(leastConfidence, view, 2, 0, new SplittableRandom(5));
    assertEquals(List.of(), selection.audit());
    assertEquals(List.of(1, 3), selection.queried());
  }

  @Test
  void anAuditFractionOfOneDrawsEveryCandidateUniformly() {
    PoolView view = Pools.of(0.9f, 0.5f, 0.1f, 0.45f);
    Selection selection =
        AuditedSelection.select(leastConfidence, view, 3, 1, new SplittableRandom(5));
    assertEquals(List.of(), selection.queried());
    assertEquals(3, new HashSet<>(selection.audit()).size());
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditedSelection.select(leastConfidence, view, 3, 1.01, new SplittableRandom(5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> AuditedSelection.select(leastConfidence, view, 3, -0.01, new SplittableRandom(5)));
  }

  @Test
  void classBudgetsAreNeverNegative() {
    assertEquals(
        "negatives must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new ClassBudget(-1, 3)).getMessage());
    assertEquals(
        "positives must be >= 0, got -2",
        assertThrows(IllegalArgumentException.class, () -> new ClassBudget(3, -2)).getMessage());
    assertEquals(0, new ClassBudget(0, 0).total());
  }

  @Test
  void aLabelRecordNeedsAnIdALabelOfZeroOrOneAndARoundFromOne() {
    assertEquals(
        "id must not be blank, got 'null'",
        assertThrows(IllegalArgumentException.class, () -> new LabelRecord(null, 1, 1, "files"))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new LabelRecord(" ", 1, 1, "files"));
    assertEquals(
        "round must be >= 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> new LabelRecord("a", 1, 0, "files"))
            .getMessage());
    assertEquals(1, new LabelRecord("a", 1, 1, "files").round());
  }

  @Test
  void pendingQueriesNeedARoundFromOneAndAFileName() {
    assertEquals(
        "round must be >= 1, got 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> new PendingQueries(0, "queries-round-0.csv", List.of("a")))
            .getMessage());
    assertEquals(1, new PendingQueries(1, "queries-round-1.csv", List.of("a")).round());
    assertEquals(
        "file must not be blank, got 'null'",
        assertThrows(IllegalArgumentException.class, () -> new PendingQueries(1, null, List.of()))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PendingQueries(1, " ", List.of()));
  }

  @Test
  void probabilitiesOfExactlyZeroAndOneAreValidAndOutsideAreNot() {
    PoolView view = Pools.of(0f, 1f);
    assertEquals(2, view.size());
    assertEquals(
        "probabilities[1] must be in [0, 1], got 1.01",
        assertThrows(IllegalArgumentException.class, () -> Pools.of(0.5f, 1.01f)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Pools.of(-0.01f));
    assertThrows(IllegalArgumentException.class, () -> Pools.of(Float.NaN));
  }

  @Test
  void aStrategyCannotReadANegativeNumberOfPasses() {
    assertEquals(
        "monteCarloPasses must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new UncertaintySampling(new Bald(), -1))
            .getMessage());
    assertEquals(0, new UncertaintySampling(new Bald(), 0).monteCarloPasses());
  }

  @Test
  void anEmptyViewWithFeaturesHasFeatureDimensionZero() {
    PoolView empty = Pools.of().withFeatures(new float[0][]);
    assertEquals(0, empty.featureDimension());
    assertEquals(2, Pools.of(0.5f).withFeatures(new float[][] {{1, 2}}).featureDimension());
  }
}
