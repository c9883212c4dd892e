package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarginTest {
  private final Scorer scorer = new Margin();

  @Test
  void uniformIsMaximalAndOneHotIsZero() {
    ScorerSweeps.assertUncertaintyShape(scorer, 1.0);
  }

  @Test
  void handComputedScores() {
    // 1 - |0.75 - 0.25| = 0.5; 1 - |0.125 - 0.875| = 0.25
    assertArrayEquals(new double[] {0.5, 0.25}, scorer.scores(Pools.of(0.75f, 0.125f)), 1e-12);
  }

  @Test
  void name() {
    assertEquals("margin", scorer.name());
  }
}
