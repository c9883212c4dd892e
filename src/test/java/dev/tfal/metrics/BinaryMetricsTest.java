package dev.tfal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {
  // ln(1 + e^x) for the logits below, computed offline to 12 significant digits.
  private static final double SOFTPLUS_MINUS_2 = 0.126928011043;
  private static final double SOFTPLUS_1 = 1.31326168752;
  private static final double LN_2 = 0.693147180560;
  private static final double SOFTPLUS_3 = 3.04858735157;

  @Test
  void handComputedBatchesAccumulate() {
    BinaryMetrics metrics = new BinaryMetrics();
    // logit 2 / label 1: right; logit -1 / label 1: false negative.
    metrics.update(new float[] {2f, -1f}, new float[] {1f, 1f});
    // logit 0 / label 0: right (p = 0.5 is negative); logit 3 / label 0: false positive;
    // logit 0 / label 1: false negative.
    metrics.update(new float[] {0f, 3f, 0f}, new float[] {0f, 0f, 1f});

    BinaryScores scores = metrics.result();
    double expectedLoss = (SOFTPLUS_MINUS_2 + SOFTPLUS_1 + LN_2 + SOFTPLUS_3 + LN_2) / 5;
    assertEquals(expectedLoss, scores.loss(), 1e-9);
    assertEquals(expectedLoss, metrics.meanLoss(), 1e-9);
    assertEquals(0.4, scores.accuracy(), 1e-12);
    assertEquals(2, scores.falseNegatives());
    assertEquals(1, scores.falsePositives());
    assertEquals(5, scores.examples());
    assertEquals(5, metrics.examples());
  }

  @Test
  void allRightGivesAccuracyOneAndNoErrors() {
    BinaryMetrics metrics = new BinaryMetrics();
    metrics.update(new float[] {4f, -4f, 0.001f, -0.001f}, new float[] {1f, 0f, 1f, 0f});
    BinaryScores scores = metrics.result();
    assertEquals(1.0, scores.accuracy());
    assertEquals(0, scores.falseNegatives());
    assertEquals(0, scores.falsePositives());
  }

  @Test
  void crossEntropyMatchesTheDefinitionForModerateLogits() {
    // -[z ln p + (1 - z) ln(1 - p)] with p = sigmoid(x), x = 0.5: p = 0.622459331202
    double p = 0.622459331202;
    assertEquals(-Math.log(p), BinaryMetrics.crossEntropy(0.5, 1), 1e-11);
    assertEquals(-Math.log(1 - p), BinaryMetrics.crossEntropy(0.5, 0), 1e-11);
    assertEquals(LN_2, BinaryMetrics.crossEntropy(0, 1), 1e-11);
  }

  @Test
  void lossIsFiniteAndExactForHugeLogits() {
    assertEquals(100.0, BinaryMetrics.crossEntropy(100, 0), 1e-12);
    assertEquals(100.0, BinaryMetrics.crossEntropy(-100, 1), 1e-12);
    assertEquals(1000.0, BinaryMetrics.crossEntropy(1000, 0), 1e-9);
    double confidentRight = BinaryMetrics.crossEntropy(100, 1);
    assertTrue(confidentRight >= 0 && confidentRight < 1e-40, "got " + confidentRight);
    double confidentRightNegative = BinaryMetrics.crossEntropy(-100, 0);
    assertTrue(
        confidentRightNegative >= 0 && confidentRightNegative < 1e-40,
        "got " + confidentRightNegative);

    BinaryMetrics metrics = new BinaryMetrics();
    metrics.update(new float[] {100f, -100f, 100f, -100f}, new float[] {0f, 1f, 1f, 0f});
    BinaryScores scores = metrics.result();
    assertEquals(50.0, scores.loss(), 1e-12);
    assertEquals(0.5, scores.accuracy());
    assertEquals(1, scores.falseNegatives());
    assertEquals(1, scores.falsePositives());
  }

  @Test
  void emptyMetricsAreNaN() {
    BinaryMetrics metrics = new BinaryMetrics();
    metrics.update(new float[0], new float[0]);
    BinaryScores scores = metrics.result();
    assertTrue(Double.isNaN(scores.loss()));
    assertTrue(Double.isNaN(scores.accuracy()));
    assertEquals(0, scores.examples());
  }

  @Test
  void lengthMismatchIsRejectedAndNothingIsCounted() {
    BinaryMetrics metrics = new BinaryMetrics();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> metrics.update(new float[] {1f, 2f, 3f}, new float[] {1f, 0f}));
    assertEquals("logits and labels differ in length: 3 vs 2", e.getMessage());
    assertEquals(0, metrics.examples());
  }
}
