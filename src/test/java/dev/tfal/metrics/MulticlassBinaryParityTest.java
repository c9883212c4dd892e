package dev.tfal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.LabelSet;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** For K = 2, {@link MulticlassMetrics} agrees with {@link BinaryMetrics} on the same data. */
class MulticlassBinaryParityTest {
  private static final LabelSet BINARY = LabelSet.of("negative", "positive");
  private static final int EXAMPLES = 500;

  private final float[] logits = new float[EXAMPLES];
  private final int[] labelIds = new int[EXAMPLES];
  private final float[] labels = new float[EXAMPLES];

  MulticlassBinaryParityTest() {
    Random random = new Random(1337);
    for (int i = 0; i < EXAMPLES; i++) {
      // Every tenth logit is exactly 0, which both count as a negative prediction.
      logits[i] = i % 10 == 0 ? 0f : (float) (random.nextGaussian() * 3);
      // Labels drawn from the model's own probability: right most of the time, not always.
      labelIds[i] = random.nextDouble() < 1 / (1 + Math.exp(-logits[i])) ? 1 : 0;
      labels[i] = labelIds[i];
    }
  }

  @Test
  void logitsGiveBinaryMetricsFiguresExactly() {
    BinaryScores binary = binaryScores();
    MulticlassMetrics metrics = new MulticlassMetrics(BINARY);
    metrics.updateLogits(slice(logits, 0, 200), slice(labelIds, 0, 200));
    metrics.updateLogits(slice(logits, 200, EXAMPLES), slice(labelIds, 200, EXAMPLES));
    MulticlassScores scores = metrics.result();

    assertEquals(binary.accuracy(), scores.accuracy());
    assertEquals(binary.loss(), scores.loss(), 1e-12);
    assertEquals(binary.falseNegatives(), scores.confusion().count(1, 0));
    assertEquals(binary.falsePositives(), scores.confusion().count(0, 1));
    assertEquals(binary.examples(), scores.examples());
    assertSane(binary);
  }

  @Test
  void probabilitiesGiveTheSameCountsAndLoss() {
    BinaryScores binary = binaryScores();
    float[][] probabilities = new float[EXAMPLES][];
    for (int i = 0; i < EXAMPLES; i++) {
      double positive = 1 / (1 + Math.exp(-logits[i]));
      probabilities[i] = new float[] {(float) (1 - positive), (float) positive};
    }
    MulticlassMetrics metrics = new MulticlassMetrics(BINARY);
    metrics.update(probabilities, labelIds);
    MulticlassScores scores = metrics.result();

    assertEquals(binary.accuracy(), scores.accuracy());
    assertEquals(binary.falseNegatives(), scores.confusion().count(1, 0));
    assertEquals(binary.falsePositives(), scores.confusion().count(0, 1));
    // float probabilities: equal to about 1e-7 relative, no clipping at these logits.
    assertEquals(binary.loss(), scores.loss(), 1e-6);
  }

  private BinaryScores binaryScores() {
    BinaryMetrics metrics = new BinaryMetrics();
    metrics.update(logits, labels);
    return metrics.result();
  }

  /** The data exercise every cell, so that agreement means something. */
  private static void assertSane(BinaryScores binary) {
    assertTrue(binary.falseNegatives() > 20, "false negatives " + binary.falseNegatives());
    assertTrue(binary.falsePositives() > 20, "false positives " + binary.falsePositives());
    assertTrue(binary.accuracy() > 0.7, "accuracy " + binary.accuracy());
  }

  private static float[] slice(float[] values, int from, int to) {
    return Arrays.copyOfRange(values, from, to);
  }

  private static int[] slice(int[] values, int from, int to) {
    return Arrays.copyOfRange(values, from, to);
  }
}
