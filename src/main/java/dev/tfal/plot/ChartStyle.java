package dev.tfal.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look of every chart: white background, light grid, colour-blind-safe line colours
 * (Okabe-Ito), a marker on each point, and fonts readable at report size.
 */
final class ChartStyle {
  private static final Color[] PALETTE = {
    new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
    new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)
  };
  private static final Color GRID = new Color(0xDDDDDD);
  private static final Color REFERENCE = new Color(0x444444);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  private static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  private static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Stroke LINE = new BasicStroke(2.2f);
  private static final Stroke GRID_LINE = new BasicStroke(0.8f);
  private static final Stroke DASHED =
      new BasicStroke(
          1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f);

  private ChartStyle() {}

  /** The colour of the series at {@code index}. */
  static Paint seriesPaint(int index) {
    return PALETTE[index % PALETTE.length];
  }

  static void apply(JFreeChart chart, int seriesCount) {
    styleTitle(chart);
    chart.getLegend().setItemFont(LEGEND);
    chart.getLegend().setFrame(BlockBorder.NONE);
    chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 4, 2, 18));
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(GRID_LINE);
    plot.setRangeGridlineStroke(GRID_LINE);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    styleAxis(plot.getDomainAxis());
    styleAxis(plot.getRangeAxis());
    plot.setRenderer(renderer(seriesCount));
  }

  static ValueMarker referenceMarker(ReferenceLine line) {
    ValueMarker marker = new ValueMarker(line.value(), REFERENCE, DASHED);
    marker.setLabel(line.label());
    marker.setLabelFont(TICK_LABEL);
    marker.setLabelPaint(REFERENCE);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    marker.setLabelOffset(new RectangleInsets(2, 8, 2, 8));
    return marker;
  }

  /** White background, the title font and margins, the padding around the chart. */
  static void styleTitle(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(TITLE);
    chart.getTitle().setMargin(4, 0, 10, 0);
    chart.setPadding(new RectangleInsets(8, 8, 8, 20));
  }

  static void styleAxis(ValueAxis axis) {
    axis.setLabelFont(AXIS_LABEL);
    axis.setTickLabelFont(TICK_LABEL);
  }

  private static XYLineAndShapeRenderer renderer(int seriesCount) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
    for (int i = 0; i < seriesCount; i++) {
      renderer.setSeriesPaint(i, seriesPaint(i));
      renderer.setSeriesStroke(i, LINE);
      renderer.setSeriesShape(i, shapes[i % shapes.length]);
    }
    return renderer;
  }
}
