package dev.tfal.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ConfusionChartSpecTest {
  private static final List<String> AB = List.of("a", "b");

  @Test
  void rowSharesDivideByTheRowTotal() {
    ConfusionChartSpec spec = new ConfusionChartSpec("t", AB, new long[][] {{3, 1}, {0, 0}});
    assertEquals(2, spec.size());
    assertEquals(3, spec.count(0, 0));
    assertEquals(0.75, spec.rowShare(0, 0));
    assertEquals(0.25, spec.rowShare(0, 1));
    assertEquals(0.0, spec.rowShare(1, 0));
    assertEquals(0.0, spec.rowShare(1, 1));
  }

  @Test
  void valuesAreCopiedAndComparedByValue() {
    long[][] counts = {{1, 2}, {3, 4}};
    List<String> labels = new ArrayList<>(AB);
    ConfusionChartSpec spec = new ConfusionChartSpec("t", labels, counts);
    counts[0][0] = 99;
    labels.set(0, "z");
    spec.counts()[1][1] = 99;
    assertArrayEquals(new long[][] {{1, 2}, {3, 4}}, spec.counts());
    assertEquals(AB, spec.labels());
    ConfusionChartSpec same = new ConfusionChartSpec("t", AB, new long[][] {{1, 2}, {3, 4}});
    assertEquals(same, spec);
    assertEquals(same.hashCode(), spec.hashCode());
    assertNotEquals(new ConfusionChartSpec("u", AB, new long[][] {{1, 2}, {3, 4}}), spec);
    assertNotEquals(new ConfusionChartSpec("t", List.of("a", "c"), spec.counts()), spec);
    assertNotEquals(new ConfusionChartSpec("t", AB, new long[2][2]), spec);
    assertNotEquals(new ConfusionChartSpec("t", AB, new long[2][2]).hashCode(), spec.hashCode());
    assertNotEquals(spec, "t");
    assertEquals(
        "ConfusionChartSpec[title=t, labels=[a, b], counts=[[1, 2], [3, 4]]]", spec.toString());
  }

  @Test
  void badSpecsAreRejected() {
    assertRejected(
        "labels must not be empty", () -> new ConfusionChartSpec("t", List.of(), new long[0][]));
    assertRejected(
        "labels must be distinct, got \"a\" twice",
        () -> new ConfusionChartSpec("t", List.of("a", "a"), new long[2][2]));
    assertRejected(
        "counts must have one row per label (2), got 1",
        () -> new ConfusionChartSpec("t", AB, new long[1][2]));
    assertRejected(
        "counts[1] must have 2 columns, got 3",
        () -> new ConfusionChartSpec("t", AB, new long[][] {{0, 0}, {0, 0, 0}}));
    assertRejected(
        "counts[0][1] must be >= 0, got -2",
        () -> new ConfusionChartSpec("t", AB, new long[][] {{0, -2}, {0, 0}}));
    assertEquals(
        "title must not be null",
        assertThrows(
                NullPointerException.class, () -> new ConfusionChartSpec(null, AB, new long[2][2]))
            .getMessage());
  }

  @Test
  void scaleRunsFromLowToHighAndClamps() {
    RowShareScale scale = new RowShareScale();
    assertEquals(0.0, scale.getLowerBound());
    assertEquals(1.0, scale.getUpperBound());
    assertEquals(RowShareScale.LOW, scale.getPaint(0));
    assertEquals(RowShareScale.HIGH, scale.getPaint(1));
    // Midway between F7FBFF and 08306B: (247 + 8) / 2, (251 + 48) / 2, (255 + 107) / 2, rounded.
    assertEquals(new Color(128, 150, 181), RowShareScale.colour(0.5));
    assertEquals(RowShareScale.LOW, RowShareScale.colour(-1));
    assertEquals(RowShareScale.HIGH, RowShareScale.colour(2));
    assertEquals(RowShareScale.LOW, RowShareScale.colour(Double.NaN));
  }

  private static void assertRejected(String message, Executable executable) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
  }
}
