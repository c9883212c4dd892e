package dev.tfal.metrics;

import static dev.tfal.metrics.MulticlassMetricsTest.assertClass;
import static dev.tfal.metrics.MulticlassMetricsTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.data.LabelSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
  private static final LabelSet ABC = LabelSet.of("a", "b", "c");
  private static final long[][] COUNTS = {{5, 1, 0}, {2, 7, 3}, {0, 4, 9}};

  private final ConfusionMatrix matrix = new ConfusionMatrix(ABC, COUNTS);

  @Test
  void sumsByRowColumnAndDiagonal() {
    assertEquals(3, matrix.size());
    assertEquals(3, matrix.count(1, 2));
    assertEquals(2, matrix.count(1, 0));
    assertEquals(6, matrix.support(0));
    assertEquals(12, matrix.support(1));
    assertEquals(13, matrix.support(2));
    assertEquals(7, matrix.predicted(0));
    assertEquals(12, matrix.predicted(1));
    assertEquals(12, matrix.predicted(2));
    assertEquals(21, matrix.correct());
    assertEquals(31, matrix.total());
  }

  @Test
  void scoresFollowFromTheCounts() {
    MulticlassScores scores = MulticlassScores.of(matrix, 0.25);
    // a: tp 5, predicted 7, support 6; b: 7, 12, 12; c: 9, 12, 13.
    assertClass(scores.classes().get(0), "a", 5.0 / 7, 5.0 / 6, 10.0 / 13, 6);
    assertClass(scores.classes().get(1), "b", 7.0 / 12, 7.0 / 12, 14.0 / 24, 12);
    assertClass(scores.classes().get(2), "c", 9.0 / 12, 9.0 / 13, 18.0 / 25, 13);
    assertEquals((10.0 / 13 + 14.0 / 24 + 18.0 / 25) / 3, scores.macroF1(), 1e-15);
    assertEquals(21.0 / 31, scores.accuracy(), 1e-15);
    assertEquals(0.25, scores.loss());
    assertEquals(31, scores.examples());
    assertEquals(ABC, scores.labels());
  }

  @Test
  void countsAreCopiedInAndOut() {
    long[][] counts = {{1, 2}, {3, 4}};
    ConfusionMatrix copy = new ConfusionMatrix(LabelSet.of("x", "y"), counts);
    counts[0][0] = 99;
    copy.counts()[1][1] = 99;
    assertArrayEquals(new long[][] {{1, 2}, {3, 4}}, copy.counts());
  }

  @Test
  void equalityIsByValue() {
    ConfusionMatrix same = new ConfusionMatrix(ABC, COUNTS.clone());
    assertEquals(matrix, same);
    assertEquals(matrix.hashCode(), same.hashCode());
    assertNotEquals(matrix, new ConfusionMatrix(ABC, new long[3][3]));
    assertNotEquals(matrix.hashCode(), new ConfusionMatrix(ABC, new long[3][3]).hashCode());
    assertNotEquals(matrix, new ConfusionMatrix(LabelSet.of("a", "b", "d"), COUNTS));
    assertNotEquals(matrix, "a matrix");
    assertEquals(
        "ConfusionMatrix[labels=[a, b, c], counts=[[5, 1, 0], [2, 7, 3], [0, 4, 9]]]",
        matrix.toString());
  }

  @Test
  void badShapesAndCountsAreRejected() {
    assertRejected(
        "counts must have one row per label (3), got 2",
        () -> new ConfusionMatrix(ABC, new long[2][3]));
    assertRejected(
        "counts[1] must have 3 columns, got 2",
        () -> new ConfusionMatrix(ABC, new long[][] {{0, 0, 0}, {0, 0}, {0, 0, 0}}));
    assertRejected(
        "counts[2][1] must be >= 0, got -1",
        () -> new ConfusionMatrix(ABC, new long[][] {{0, 0, 0}, {0, 0, 0}, {0, -1, 0}}));
    assertEquals(
        "counts[0] must not be null",
        assertThrows(NullPointerException.class, () -> new ConfusionMatrix(ABC, new long[3][]))
            .getMessage());
    assertRejected("label id must be in [0, 3), got 3", () -> matrix.count(0, 3));
    assertRejected("label id must be in [0, 3), got 3", () -> matrix.count(3, 0));
    assertRejected("label id must be in [0, 3), got -1", () -> matrix.support(-1));
    assertRejected("label id must be in [0, 3), got 3", () -> matrix.predicted(3));
  }

  @Test
  void scoreRecordsValidate() {
    assertRejected(
        "classes must have one entry per label (3), got 1",
        () -> new MulticlassScores(0, 0, 0, List.of(new ClassScores("a", 0, 0, 0, 0)), matrix));
    assertRejected("support must be >= 0, got -1", () -> new ClassScores("a", 0, 0, 0, -1));
  }

  @Test
  void newKeysSitNextToTheBinaryOnes() {
    assertEquals("accuracy", MetricKeys.ACCURACY);
    assertEquals("macro_f1", MetricKeys.MACRO_F1);
    assertEquals("val_macro_f1", MetricKeys.validation(MetricKeys.MACRO_F1));
  }
}
