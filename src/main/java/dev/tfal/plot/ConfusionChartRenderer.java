package dev.tfal.plot;

import dev.tfal.io.AtomicFiles;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Draws a {@link ConfusionChartSpec} as a PNG heat map without a display: predicted classes across,
 * true classes down, the count written in each cell, the colour its share of the row (legend on the
 * right). Sets {@code java.awt.headless=true} if nobody has chosen a mode yet; instances are
 * stateless and thread-safe.
 */
public final class ConfusionChartRenderer {
  private static final String HEADLESS = "java.awt.headless";
  private static final Color GAP = new Color(0xDDDDDD);
  private static final Color DARK_TEXT = new Color(0x222222);
  private static final Font COUNT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
  private static final double CELL = 0.96;
  private static final double LEGEND_TICK = 0.2;

  public ConfusionChartRenderer() {
    if (System.getProperty(HEADLESS) == null) {
      System.setProperty(HEADLESS, "true");
    }
  }

  /** Renders {@code spec} to {@code png} at {@link ChartSize#defaults()}. */
  public void render(ConfusionChartSpec spec, Path png) throws IOException {
    render(spec, png, ChartSize.defaults());
  }

  /** Renders {@code spec} to {@code png}, replacing it atomically; creates parent directories. */
  public void render(ConfusionChartSpec spec, Path png, ChartSize size) throws IOException {
    Objects.requireNonNull(size, "size must not be null");
    JFreeChart chart = chart(spec);
    AtomicFiles.write(
        png, out -> ChartUtils.writeChartAsPNG(out, chart, size.width(), size.height()));
  }

  /** The JFreeChart for {@code spec}, styled and ready to draw. */
  JFreeChart chart(ConfusionChartSpec spec) {
    Objects.requireNonNull(spec, "spec must not be null");
    String[] names = spec.labels().toArray(String[]::new);
    SymbolAxis predicted = axis("Predicted", names);
    SymbolAxis actual = axis("True", names);
    actual.setInverted(true);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setBlockWidth(CELL);
    renderer.setBlockHeight(CELL);
    RowShareScale scale = new RowShareScale();
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(dataset(spec), predicted, actual, renderer);
    plot.setBackgroundPaint(GAP);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    addCounts(plot, spec);
    JFreeChart chart = new JFreeChart(spec.title(), plot);
    chart.removeLegend();
    ChartStyle.styleTitle(chart);
    chart.addSubtitle(legend(scale));
    return chart;
  }

  private static SymbolAxis axis(String label, String[] names) {
    SymbolAxis axis = new SymbolAxis(label, names);
    axis.setGridBandsVisible(false);
    axis.setAxisLineVisible(false);
    ChartStyle.styleAxis(axis);
    return axis;
  }

  /** One (x = predicted, y = true, z = row share) item per cell. */
  private static DefaultXYZDataset dataset(ConfusionChartSpec spec) {
    int k = spec.size();
    double[][] cells = new double[3][k * k];
    for (int row = 0; row < k; row++) {
      for (int column = 0; column < k; column++) {
        int i = row * k + column;
        cells[0][i] = column;
        cells[1][i] = row;
        cells[2][i] = spec.rowShare(row, column);
      }
    }
    DefaultXYZDataset dataset = new DefaultXYZDataset();
    dataset.addSeries("counts", cells);
    return dataset;
  }

  private static void addCounts(XYPlot plot, ConfusionChartSpec spec) {
    for (int row = 0; row < spec.size(); row++) {
      for (int column = 0; column < spec.size(); column++) {
        XYTextAnnotation text =
            new XYTextAnnotation(Long.toString(spec.count(row, column)), column, row);
        text.setFont(COUNT);
        text.setPaint(spec.rowShare(row, column) > RowShareScale.DARK ? Color.WHITE : DARK_TEXT);
        plot.addAnnotation(text);
      }
    }
  }

  private static PaintScaleLegend legend(RowShareScale scale) {
    NumberAxis shares = new NumberAxis("share of the true class");
    shares.setRange(0, 1);
    shares.setTickUnit(new NumberTickUnit(LEGEND_TICK));
    ChartStyle.styleAxis(shares);
    PaintScaleLegend legend = new PaintScaleLegend(scale, shares);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setAxisLocation(AxisLocation.TOP_OR_RIGHT);
    legend.setStripWidth(16);
    legend.setMargin(new RectangleInsets(8, 16, 8, 0));
    legend.setFrame(BlockBorder.NONE);
    legend.setBackgroundPaint(Color.WHITE);
    return legend;
  }
}
