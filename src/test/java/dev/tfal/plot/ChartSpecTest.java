package dev.tfal.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ChartSpecTest {
  private static final Series LOSS = Series.of("loss", 0.7, 0.5);

  @Test
  void seriesCopiesItsArrays() {
    double[] x = {1, 2};
    double[] y = {3, 4};
    Series series = new Series("s", x, y);
    x[0] = 99;
    series.y()[0] = 99;
    assertArrayEquals(new double[] {1, 2}, series.x());
    assertArrayEquals(new double[] {3, 4}, series.y());
    assertEquals(new Series("s", new double[] {1, 2}, new double[] {3, 4}), series);
    assertEquals(new Series("loss", new double[] {1, 2}, new double[] {0.7, 0.5}), LOSS);
  }

  @Test
  void seriesRejectsBadValues() {
    assertRejected(
        "x and y must have equal lengths, got x.length 3 and y.length 2 in series " + "\"loss\"",
        () -> new Series("loss", new double[3], new double[2]));
    assertRejected("name must not be blank, got \" \"", () -> Series.of(" ", 1));
    assertRejected(
        "x[1] must be finite, got NaN in series \"s\"",
        () -> new Series("s", new double[] {0, Double.NaN}, new double[2]));
    assertRejected(
        "y[0] must be finite or NaN (missing), got Infinity in series \"s\"",
        () -> Series.of("s", Double.POSITIVE_INFINITY));
    assertEquals(
        "x must not be null",
        assertThrows(NullPointerException.class, () -> new Series("s", null, new double[0]))
            .getMessage());
  }

  @Test
  void specRejectsEmptyOrAmbiguousSeries() {
    assertRejected("series must not be empty", () -> LineChartSpec.of("t", "x", "y", List.of()));
    assertRejected(
        "series names must be distinct, got \"loss\" twice",
        () -> LineChartSpec.of("t", "x", "y", List.of(LOSS, Series.of("loss", 1))));
    assertEquals(
        "title must not be null",
        assertThrows(
                NullPointerException.class, () -> LineChartSpec.of(null, "x", "y", List.of(LOSS)))
            .getMessage());
  }

  @Test
  void specIsImmutableAndCopiedWithChanges() {
    List<Series> series = new ArrayList<>(List.of(LOSS));
    LineChartSpec spec = LineChartSpec.of("t", "x", "y", series);
    series.add(Series.of("other", 1));
    assertEquals(List.of(LOSS), spec.series());
    LineChartSpec changed =
        spec.withXTicks(XTicks.INTEGER)
            .withReferenceLine(new ReferenceLine("full-data model 0.8508", 0.8508));
    assertEquals(XTicks.AUTO, spec.xTicks());
    assertEquals(List.of(), spec.referenceLines());
    assertEquals(XTicks.INTEGER, changed.xTicks());
    assertEquals(
        List.of(new ReferenceLine("full-data model 0.8508", 0.8508)), changed.referenceLines());
  }

  @Test
  void sizeAndReferenceLineValidate() {
    assertRejected("width must be in [16, 10000], got 0", () -> new ChartSize(0, 100));
    assertRejected("height must be in [16, 10000], got 20000", () -> new ChartSize(100, 20000));
    assertRejected("value must be finite, got NaN", () -> new ReferenceLine("r", Double.NaN));
  }

  private static void assertRejected(String message, Executable executable) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
  }
}
