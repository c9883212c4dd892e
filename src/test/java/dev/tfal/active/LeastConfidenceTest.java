package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LeastConfidenceTest {
  private final Scorer scorer = new LeastConfidence();

  @Test
  void uniformIsMaximalAndOneHotIsZero() {
    ScorerSweeps.assertUncertaintyShape(scorer, 0.5);
  }

  @Test
  void handComputedScores() {
    assertArrayEquals(
        new double[] {0.25, 0.25, 0.125}, scorer.scores(Pools.of(0.75f, 0.25f, 0.875f)), 1e-12);
  }

  @Test
  void emptyPoolHasNoScores() {
    assertEquals(0, scorer.scores(Pools.of()).length);
  }

  @Test
  void name() {
    assertEquals("least-confidence", scorer.name());
  }
}
