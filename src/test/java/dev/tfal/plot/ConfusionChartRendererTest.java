package dev.tfal.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfusionChartRendererTest {
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int WIDTH = 640;
  private static final int HEIGHT = 480;
  // Row "dog" has no examples; in row "bird" two cells hold the same count.
  private static final ConfusionChartSpec PETS =
      new ConfusionChartSpec(
          "Confusion matrix",
          List.of("cat", "dog", "bird"),
          new long[][] {{5, 1, 0}, {0, 0, 0}, {2, 2, 8}});

  @TempDir Path dir;

  private final ConfusionChartRenderer renderer = new ConfusionChartRenderer();

  @Test
  void rendersAPngOfTheRequestedSize() throws IOException {
    Path png = dir.resolve("charts/confusion.png");
    renderer.render(PETS, png, new ChartSize(WIDTH, HEIGHT));
    assertTrue(Files.isRegularFile(png));
    assertArrayEquals(PNG_MAGIC, Arrays.copyOf(Files.readAllBytes(png), 8));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(WIDTH, image.getWidth());
    assertEquals(HEIGHT, image.getHeight());
    assertEquals(Color.WHITE.getRGB(), image.getRGB(2, 2));
  }

  @Test
  void cellsAreColouredByTheirShareOfTheRow() throws IOException {
    Path png = dir.resolve("confusion.png");
    renderer.render(PETS, png, new ChartSize(WIDTH, HEIGHT));
    BufferedImage image = ImageIO.read(png.toFile());
    CellLocator cells = new CellLocator(renderer.chart(PETS));

    assertEquals(RowShareScale.colour(5.0 / 6), cells.colour(image, 0, 0));
    assertEquals(RowShareScale.colour(1.0 / 6), cells.colour(image, 0, 1));
    assertEquals(RowShareScale.LOW, cells.colour(image, 0, 2));
    assertNotEquals(cells.colour(image, 0, 0), cells.colour(image, 0, 1));
    assertNotEquals(cells.colour(image, 0, 1), cells.colour(image, 0, 2));
    for (int column = 0; column < 3; column++) {
      assertEquals(
          RowShareScale.LOW, cells.colour(image, 1, column), "empty row, column " + column);
    }
    assertEquals(cells.colour(image, 2, 0), cells.colour(image, 2, 1));
    assertEquals(RowShareScale.colour(8.0 / 12), cells.colour(image, 2, 2));
  }

  @Test
  void writesEachCountInItsCellInAColourThatContrasts() {
    XYPlot plot = renderer.chart(PETS).getXYPlot();
    List<XYTextAnnotation> texts =
        plot.getAnnotations().stream().map(XYTextAnnotation.class::cast).toList();
    assertEquals(
        List.of("5", "1", "0", "0", "0", "0", "2", "2", "8"),
        texts.stream().map(XYTextAnnotation::getText).toList());
    XYTextAnnotation bird = texts.get(8);
    assertEquals(2.0, bird.getX());
    assertEquals(2.0, bird.getY());
    XYTextAnnotation catAsDog = texts.get(1);
    assertEquals(1.0, catAsDog.getX());
    assertEquals(0.0, catAsDog.getY());
    assertEquals(Color.WHITE, texts.get(0).getPaint());
    assertEquals(Color.WHITE, bird.getPaint());
    assertNotEquals(Color.WHITE, catAsDog.getPaint());
    assertNotEquals(Color.WHITE, texts.get(6).getPaint());
  }

  @Test
  void textTurnsWhiteOnlyAboveHalfTheRow() {
    ConfusionChartSpec halves =
        new ConfusionChartSpec("t", List.of("a", "b"), new long[][] {{1, 1}, {1, 3}});
    List<XYTextAnnotation> texts =
        renderer.chart(halves).getXYPlot().getAnnotations().stream()
            .map(XYTextAnnotation.class::cast)
            .toList();
    assertNotEquals(Color.WHITE, texts.get(0).getPaint(), "a share of exactly 0.5");
    assertEquals(Color.WHITE, texts.get(3).getPaint());
    assertTrue(texts.get(3).getFont().isBold(), "counts in bold");
  }

  @Test
  void aLegendExplainsTheColours() {
    JFreeChart chart = renderer.chart(PETS);
    PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitle(0);
    assertTrue(legend.getScale() instanceof RowShareScale);
    assertEquals("share of the true class", legend.getAxis().getLabel());
    assertEquals(new Range(0, 1), legend.getAxis().getRange());
    assertEquals(RectangleEdge.RIGHT, legend.getPosition());
    XYBlockRenderer cells = (XYBlockRenderer) chart.getXYPlot().getRenderer();
    assertTrue(cells.getPaintScale() instanceof RowShareScale);
    assertTrue(cells.getBlockWidth() < 1 && cells.getBlockHeight() < 1, "gaps between cells");
    assertEquals(null, chart.getLegend());
  }

  @Test
  void predictedClassesRunAcrossAndTrueClassesDown() {
    JFreeChart chart = renderer.chart(PETS);
    XYPlot plot = chart.getXYPlot();
    SymbolAxis predicted = (SymbolAxis) plot.getDomainAxis();
    SymbolAxis actual = (SymbolAxis) plot.getRangeAxis();
    assertEquals("Predicted", predicted.getLabel());
    assertEquals("True", actual.getLabel());
    assertArrayEquals(new String[] {"cat", "dog", "bird"}, predicted.getSymbols());
    assertArrayEquals(new String[] {"cat", "dog", "bird"}, actual.getSymbols());
    assertTrue(actual.isInverted(), "the first true class is the top row");
    assertEquals("Confusion matrix", chart.getTitle().getText());
  }

  @Test
  void replacesAnExistingFileLeavingNoTemporaryFiles() throws IOException {
    Path png = dir.resolve("confusion.png");
    Files.writeString(png, "old");
    renderer.render(PETS, png);
    assertEquals(ChartSize.defaults().height(), ImageIO.read(png.toFile()).getHeight());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(png), files.toList());
    }
  }

  /** Pixel positions of cells, from a layout at the size the PNG was drawn. */
  private static final class CellLocator {
    private final XYPlot plot;
    private final Rectangle2D area;

    CellLocator(JFreeChart chart) {
      ChartRenderingInfo info = new ChartRenderingInfo();
      chart.createBufferedImage(WIDTH, HEIGHT, info);
      plot = chart.getXYPlot();
      area = info.getPlotInfo().getDataArea();
    }

    /** The colour a third of the way from the cell's top-left corner to its centre: no text. */
    Color colour(BufferedImage image, int row, int column) {
      double x = plot.getDomainAxis().valueToJava2D(column - 0.3, area, plot.getDomainAxisEdge());
      double y = plot.getRangeAxis().valueToJava2D(row - 0.3, area, plot.getRangeAxisEdge());
      return new Color(image.getRGB((int) x, (int) y));
    }
  }
}
