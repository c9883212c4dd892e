package dev.tfal.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineChartRendererTest {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final LineChartSpec HISTORY =
      LineChartSpec.of(
              "Training history",
              "Epoch",
              "Binary accuracy",
              List.of(
                  Series.of("binary_accuracy", 0.71, 0.80, 0.84, 0.86, 0.87),
                  Series.of("val_binary_accuracy", 0.78, 0.82, 0.83, 0.835, 0.832)))
          .withXTicks(XTicks.INTEGER);

  @TempDir Path dir;

  private final LineChartRenderer renderer = new LineChartRenderer();

  @Test
  void rendersAPngOfTheRequestedSize() throws IOException {
    Path png = dir.resolve("charts/history.png");
    renderer.render(HISTORY, png, new ChartSize(640, 400));
    assertTrue(Files.isRegularFile(png));
    assertArrayEquals(PNG_MAGIC, Arrays.copyOf(Files.readAllBytes(png), 8));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(640, image.getWidth());
    assertEquals(400, image.getHeight());
    assertEquals(Color.WHITE.getRGB(), image.getRGB(2, 2));
    assertTrue(pixelsNear(image, (Color) ChartStyle.seriesPaint(0)) > 50, "first series drawn");
    assertTrue(pixelsNear(image, (Color) ChartStyle.seriesPaint(1)) > 50, "second series drawn");
  }

  @Test
  void replacesAnExistingFileLeavingNoTemporaryFiles() throws IOException {
    Path png = dir.resolve("curve.png");
    Files.writeString(png, "old");
    renderer.render(HISTORY, png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(ChartSize.defaults().width(), image.getWidth());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(png), files.toList());
    }
  }

  @Test
  void drawsReferenceLinesAsLabelledMarkersInsideTheYRange() {
    LineChartSpec spec = HISTORY.withReferenceLine(new ReferenceLine("full-data model", 0.95));
    XYPlot plot = renderer.chart(spec).getXYPlot();
    ValueMarker marker = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
    assertEquals(0.95, marker.getValue());
    assertEquals("full-data model", marker.getLabel());
    double lower = plot.getRangeAxis().getLowerBound();
    double upper = plot.getRangeAxis().getUpperBound();
    assertTrue(lower < 0.71 && upper > 0.95 + 0.05 * (0.95 - 0.71), lower + ".." + upper);
  }

  @Test
  void referenceLineAloneStillGivesAUsableRange() {
    LineChartSpec spec =
        LineChartSpec.of("t", "x", "y", List.of(new Series("empty", new double[0], new double[0])))
            .withReferenceLine(new ReferenceLine("baseline", 0.5));
    XYPlot plot = renderer.chart(spec).getXYPlot();
    assertTrue(plot.getRangeAxis().getRange().contains(0.5));
    assertTrue(plot.getRangeAxis().getRange().getLength() > 0);
  }

  @Test
  void configuresAxesAndLegend() {
    JFreeChart chart = renderer.chart(HISTORY);
    chart.createBufferedImage(640, 400);
    XYPlot plot = chart.getXYPlot();
    assertEquals("Training history", chart.getTitle().getText());
    assertEquals(2, plot.getLegendItems().getItemCount());
    assertEquals("val_binary_accuracy", plot.getLegendItems().get(1).getLabel());
    double tick = ((NumberAxis) plot.getDomainAxis()).getTickUnit().getSize();
    assertTrue(tick >= 1 && tick == Math.rint(tick), "integer epoch ticks, got " + tick);
    assertTrue(plot.getRangeAxis().getLowerBound() > 0.5, "y axis does not start at zero");
  }

  @Test
  void rendersMissingPointsAndEmptySeries() throws IOException {
    LineChartSpec spec =
        LineChartSpec.of(
            "Gaps",
            "x",
            "y",
            List.of(
                new Series(
                    "with gap", new double[] {0.5, 1.5, 2.5}, new double[] {1, Double.NaN, 3}),
                new Series("empty", new double[0], new double[0])));
    Path png = dir.resolve("gaps.png");
    renderer.render(spec, png, new ChartSize(320, 200));
    assertEquals(200, ImageIO.read(png.toFile()).getHeight());
  }

  private static int pixelsNear(BufferedImage image, Color color) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color pixel = new Color(image.getRGB(x, y));
        int distance =
            Math.abs(pixel.getRed() - color.getRed())
                + Math.abs(pixel.getGreen() - color.getGreen())
                + Math.abs(pixel.getBlue() - color.getBlue());
        if (distance < 30) {
          count++;
        }
      }
    }
    return count;
  }
}
