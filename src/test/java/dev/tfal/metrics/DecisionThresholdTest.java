package dev.tfal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Where the metrics put the class boundary: a logit of exactly 0 (probability 0.5) predicts
 * negative, as "probability > 0.5 is positive" says, and a label of exactly 0.5 counts as negative.
 */
class DecisionThresholdTest {
  @Test
  void aLogitOfZeroPredictsNegative() {
    BinaryMetrics metrics = new BinaryMetrics();
    metrics.update(new float[] {0f, 0f}, new float[] {0f, 1f});
    BinaryScores scores = metrics.result();
    // The negative is right; the positive is a false negative. Both losses are ln 2.
    assertEquals(0.5, scores.accuracy());
    assertEquals(1, scores.falseNegatives());
    assertEquals(0, scores.falsePositives());
    assertEquals(Math.log(2), scores.loss(), 1e-12);
  }

  @Test
  void aLabelOfOneHalfIsNegative() {
    BinaryMetrics metrics = new BinaryMetrics();
    metrics.update(new float[] {3f}, new float[] {0.5f});
    assertEquals(1, metrics.result().falsePositives());
    assertEquals(0.0, metrics.result().accuracy());
  }

  @Test
  void noExamplesGiveNaNAccuracyAndLoss() {
    BinaryScores scores = new BinaryMetrics().result();
    assertEquals(Double.NaN, scores.accuracy());
    assertEquals(Double.NaN, scores.loss());
    assertEquals(0, scores.examples());
  }
}
