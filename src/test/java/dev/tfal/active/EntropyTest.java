package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EntropyTest {
  private final Scorer scorer = new Entropy();

  @Test
  void uniformIsLnTwoAndOneHotIsZero() {
    ScorerSweeps.assertUncertaintyShape(scorer, Math.log(2));
  }

  @Test
  void zeroLogZeroIsZero() {
    assertArrayEquals(new double[] {0, 0}, scorer.scores(Pools.of(0f, 1f)));
  }

  @Test
  void handComputedScores() {
    // H(0.25) = -0.25 ln 0.25 - 0.75 ln 0.75 = 0.5623351446188083
    assertEquals(0.5623351446188083, scorer.scores(Pools.of(0.25f))[0], 1e-12);
  }

  @Test
  void name() {
    assertEquals("entropy", scorer.name());
  }
}
