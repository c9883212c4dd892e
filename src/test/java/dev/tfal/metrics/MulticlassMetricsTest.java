package dev.tfal.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.LabelSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MulticlassMetricsTest {
  private static final LabelSet PETS = LabelSet.of("cat", "dog", "bird");

  // -ln p of the true class's probability, computed offline.
  private static final double NEG_LN_07 = 0.35667494393873245;
  private static final double NEG_LN_02 = 1.6094379124341003;
  private static final double NEG_LN_06 = 0.5108256237659907;
  private static final double NEG_LN_08 = 0.2231435513142097;
  private static final double NEG_LN_04 = 0.916290731874155;
  private static final double NEG_LN_03 = 1.2039728043259361;

  /**
   * Seven examples in two batches, probabilities [cat, dog, bird]:
   *
   * <pre>
   *   true  probabilities      predicted  -ln p(true)
   *   cat   0.7 0.2 0.1        cat        -ln 0.7
   *   cat   0.2 0.5 0.3        dog        -ln 0.2
   *   cat   0.6 0.3 0.1        cat        -ln 0.6
   *   --- second batch ---
   *   dog   0.1 0.8 0.1        dog        -ln 0.8
   *   dog   0.5 0.4 0.1        cat        -ln 0.4
   *   bird  0.1 0.3 0.6        bird       -ln 0.6
   *   bird  0.2 0.5 0.3        dog        -ln 0.3
   *
   * confusion (rows true, columns predicted):  cat [2 1 0]  dog [1 1 0]  bird [0 1 1]
   *   cat:  tp 2, predicted 3, support 3: P = 2/3, R = 2/3, F1 = 2*2 / (3 + 3) = 2/3
   *   dog:  tp 1, predicted 3, support 2: P = 1/3, R = 1/2, F1 = 2*1 / (3 + 2) = 2/5
   *   bird: tp 1, predicted 1, support 2: P = 1,   R = 1/2, F1 = 2*1 / (1 + 2) = 2/3
   *   macro-F1 = (2/3 + 2/5 + 2/3) / 3 = 26/45; accuracy = (2 + 1 + 1) / 7 = 4/7
   *   loss = (sum of the seven -ln p) / 7 = 0.761595884488445
   * </pre>
   */
  @Test
  void handComputedThreeClassExample() {
    MulticlassMetrics metrics = new MulticlassMetrics(PETS);
    metrics.update(
        new float[][] {{0.7f, 0.2f, 0.1f}, {0.2f, 0.5f, 0.3f}, {0.6f, 0.3f, 0.1f}},
        new int[] {0, 0, 0});
    assertEquals(3, metrics.examples());
    metrics.update(
        new float[][] {
          {0.1f, 0.8f, 0.1f}, {0.5f, 0.4f, 0.1f}, {0.1f, 0.3f, 0.6f}, {0.2f, 0.5f, 0.3f}
        },
        new int[] {1, 1, 2, 2});

    MulticlassScores scores = metrics.result();
    double loss =
        (NEG_LN_07 + NEG_LN_02 + NEG_LN_06 + NEG_LN_08 + NEG_LN_04 + NEG_LN_06 + NEG_LN_03) / 7;
    assertEquals(0.761595884488445, loss, 1e-15);
    assertEquals(loss, scores.loss(), 1e-7);
    assertEquals(loss, metrics.meanLoss(), 1e-7);
    assertEquals(4.0 / 7, scores.accuracy(), 1e-15);
    assertEquals(26.0 / 45, scores.macroF1(), 1e-15);
    assertEquals(7, scores.examples());
    assertEquals(7, metrics.examples());
    assertEquals(PETS, scores.labels());
    assertArrayEquals(new long[][] {{2, 1, 0}, {1, 1, 0}, {0, 1, 1}}, scores.confusion().counts());
    assertClass(scores.classes().get(0), "cat", 2.0 / 3, 2.0 / 3, 2.0 / 3, 3);
    assertClass(scores.classes().get(1), "dog", 1.0 / 3, 1.0 / 2, 2.0 / 5, 2);
    assertClass(scores.classes().get(2), "bird", 1.0, 1.0 / 2, 2.0 / 3, 2);
    Map<String, Double> logs = scores.toLogs(MetricKeys.VALIDATION_PREFIX);
    assertEquals(List.of("val_loss", "val_accuracy", "val_macro_f1"), List.copyOf(logs.keySet()));
    assertEquals(
        List.of(scores.loss(), scores.accuracy(), scores.macroF1()), List.copyOf(logs.values()));
    assertEquals(List.of("loss", "accuracy", "macro_f1"), List.copyOf(scores.toLogs("").keySet()));
  }

  @Test
  void lossNormalisesRowsAndClipsAsKerasDoes() {
    // Rows are divided by their sum first: 2 / (2 + 1 + 1) = 0.5.
    assertEquals(Math.log(2), MulticlassMetrics.crossEntropy(new float[] {2f, 1f, 1f}, 0), 1e-15);
    // A zero probability is clipped to 1e-7, a one to 1 - 1e-7.
    assertEquals(16.11809565095832, MulticlassMetrics.crossEntropy(new float[] {0f, 1f}, 0), 1e-12);
    assertEquals(
        1.0000000494736474e-07, MulticlassMetrics.crossEntropy(new float[] {0f, 1f}, 1), 1e-20);
    assertEquals(1e-7, MulticlassMetrics.EPSILON);

    MulticlassMetrics metrics = new MulticlassMetrics(PETS);
    metrics.update(new float[][] {{0f, 0f, 1f}, {0f, 0f, 1f}}, new int[] {0, 2});
    assertEquals((16.11809565095832 + 1.0000000494736474e-07) / 2, metrics.meanLoss(), 1e-12);
    assertEquals(0.5, metrics.result().accuracy());
  }

  @Test
  void tiesGoToTheLowestLabelId() {
    MulticlassMetrics metrics = new MulticlassMetrics(PETS);
    metrics.update(
        new float[][] {{0.4f, 0.4f, 0.2f}, {0.2f, 0.4f, 0.4f}, {1f, 1f, 1f}}, new int[] {0, 1, 2});
    assertArrayEquals(
        new long[][] {{1, 0, 0}, {0, 1, 0}, {1, 0, 0}}, metrics.result().confusion().counts());
  }

  @Test
  void aClassWithNoSupportAndAClassNeverPredictedScoreZero() {
    LabelSet labels = LabelSet.of("a", "b", "c", "d");
    MulticlassMetrics metrics = new MulticlassMetrics(labels);
    // true a a b b; predicted a c a a. c has no support, b and d are never predicted, d is absent.
    metrics.update(
        new float[][] {{0.9f, 0, 0, 0.1f}, {0.1f, 0.2f, 0.7f, 0}, {0.6f, 0.4f, 0, 0}, {1, 0, 0, 0}},
        new int[] {0, 0, 1, 1});
    MulticlassScores scores = metrics.result();
    // a: tp 1, predicted 3, support 2: P 1/3, R 1/2, F1 2 / 5.
    assertClass(scores.classes().get(0), "a", 1.0 / 3, 1.0 / 2, 2.0 / 5, 2);
    assertClass(scores.classes().get(1), "b", 0, 0, 0, 2);
    assertClass(scores.classes().get(2), "c", 0, 0, 0, 0);
    assertClass(scores.classes().get(3), "d", 0, 0, 0, 0);
    // Every class of the label set counts in the mean, absent ones with 0.
    assertEquals((2.0 / 5) / 4, scores.macroF1(), 1e-15);
    assertEquals(0.25, scores.accuracy(), 1e-15);
  }

  @Test
  void aPerfectClassifierScoresOne() {
    MulticlassMetrics metrics = new MulticlassMetrics(PETS);
    metrics.update(new float[][] {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}, new int[] {2, 0, 1});
    MulticlassScores scores = metrics.result();
    assertEquals(1.0, scores.accuracy());
    assertEquals(1.0, scores.macroF1(), 1e-15);
    scores.classes().forEach(c -> assertClass(c, c.label(), 1, 1, 1, 1));
  }

  @Test
  void beforeAnyExampleTheFiguresAreNaNAndTheCountsZero() {
    MulticlassMetrics metrics = new MulticlassMetrics(PETS);
    metrics.update(new float[0][], new int[0]);
    MulticlassScores scores = metrics.result();
    assertTrue(Double.isNaN(scores.loss()));
    assertTrue(Double.isNaN(scores.accuracy()));
    assertTrue(Double.isNaN(scores.macroF1()));
    assertEquals(0, scores.examples());
    assertEquals(new ConfusionMatrix(PETS, new long[3][3]), scores.confusion());
    scores.classes().forEach(c -> assertClass(c, c.label(), 0, 0, 0, 0));
  }

  @Test
  void badBatchesAreRejectedWholeAndNothingIsCounted() {
    MulticlassMetrics metrics = new MulticlassMetrics(PETS);
    float[] ok = {0.2f, 0.3f, 0.5f};
    assertRejected(
        "probabilities and labels differ in length: 2 vs 3",
        () -> metrics.update(new float[][] {ok, ok}, new int[] {0, 1, 2}));
    assertRejected(
        "label id must be in [0, 3), got 3 at index 1",
        () -> metrics.update(new float[][] {ok, ok}, new int[] {2, 3}));
    assertRejected(
        "label id must be in [0, 3), got -1 at index 1",
        () -> metrics.update(new float[][] {ok, ok}, new int[] {0, -1}));
    assertRejected(
        "probabilities[1] has 2 values, expected 3",
        () -> metrics.update(new float[][] {ok, {0.5f, 0.5f}}, new int[] {0, 1}));
    assertRejected(
        "probabilities[1][2] must be finite and >= 0, got -0.1",
        () -> metrics.update(new float[][] {ok, {0.6f, 0.5f, -0.1f}}, new int[] {0, 1}));
    assertRejected(
        "probabilities[0][0] must be finite and >= 0, got NaN",
        () -> metrics.update(new float[][] {{Float.NaN, 0, 1}}, new int[] {0}));
    assertRejected(
        "probabilities[0][1] must be finite and >= 0, got Infinity",
        () -> metrics.update(new float[][] {{0, Float.POSITIVE_INFINITY, 1}}, new int[] {0}));
    assertRejected(
        "probabilities[1] are all 0",
        () -> metrics.update(new float[][] {ok, {0, 0, 0}}, new int[] {0, 1}));
    assertEquals(0, metrics.examples());
    assertEquals(0, metrics.result().confusion().total());
  }

  @Test
  void logitsNeedTwoLabels() {
    MulticlassMetrics metrics = new MulticlassMetrics(PETS);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> metrics.updateLogits(new float[] {1f}, new int[] {0}));
    assertEquals(
        "logits need exactly 2 labels, this accumulator has 3 [cat, dog, bird];"
            + " pass probabilities instead",
        e.getMessage());
    MulticlassMetrics binary = new MulticlassMetrics(LabelSet.of("neg", "pos"));
    assertRejected(
        "logits and labels differ in length: 1 vs 2",
        () -> binary.updateLogits(new float[] {1f}, new int[] {0, 1}));
    assertRejected(
        "label id must be in [0, 2), got 2 at index 0",
        () -> binary.updateLogits(new float[] {1f}, new int[] {2}));
    assertEquals(0, binary.examples());
    assertEquals(PETS, metrics.labels());
  }

  static void assertClass(
      ClassScores scores, String label, double precision, double recall, double f1, long support) {
    assertEquals(label, scores.label());
    assertEquals(precision, scores.precision(), 1e-15, label + " precision");
    assertEquals(recall, scores.recall(), 1e-15, label + " recall");
    assertEquals(f1, scores.f1(), 1e-15, label + " f1");
    assertEquals(support, scores.support(), label + " support");
  }

  static void assertRejected(String message, Executable executable) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
  }
}
