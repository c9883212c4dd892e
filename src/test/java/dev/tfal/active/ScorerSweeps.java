package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Analytic sweeps shared by the single-prediction scorers' tests. */
final class ScorerSweeps {
  private static final double TOLERANCE = 1e-9;

  private ScorerSweeps() {}

  /**
   * Asserts the scorer gives {@code maximum} at p = 0.5, 0 at p = 0 and 1, is symmetric in p and 1
   * - p, and rises strictly towards 0.5 over a sweep of exactly representable floats.
   */
  static void assertUncertaintyShape(Scorer scorer, double maximum) {
    float[] sweep = new float[65];
    for (int k = 0; k <= 64; k++) {
      sweep[k] = k / 64f;
    }
    double[] scores = scorer.scores(Pools.of(sweep));
    assertEquals(maximum, scores[32], TOLERANCE, "p = 0.5");
    assertEquals(0, scores[0], TOLERANCE, "p = 0");
    assertEquals(0, scores[64], TOLERANCE, "p = 1");
    for (int k = 0; k < 32; k++) {
      assertEquals(scores[k], scores[64 - k], TOLERANCE, "symmetry at p = " + sweep[k]);
      assertTrue(scores[k] < scores[k + 1], "not rising at p = " + sweep[k]);
    }
  }
}
