package dev.tfal.plot;

import dev.tfal.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a {@link LineChartSpec} as a PNG without a display. Sets {@code java.awt.headless=true} if
 * nobody has chosen a mode yet; instances are stateless and thread-safe.
 */
public final class LineChartRenderer {
  private static final String HEADLESS = "java.awt.headless";
  private static final double LOWER_MARGIN = 0.05;
  private static final double UPPER_MARGIN = 0.10;

  public LineChartRenderer() {
    if (System.getProperty(HEADLESS) == null) {
      System.setProperty(HEADLESS, "true");
    }
  }

  /** Renders {@code spec} to {@code png} at {@link ChartSize#defaults()}. */
  public void render(LineChartSpec spec, Path png) throws IOException {
    render(spec, png, ChartSize.defaults());
  }

  /** Renders {@code spec} to {@code png}, replacing it atomically; creates parent directories. */
  public void render(LineChartSpec spec, Path png, ChartSize size) throws IOException {
    Objects.requireNonNull(size, "size must not be null");
    JFreeChart chart = chart(spec);
    AtomicFiles.write(
        png, out -> ChartUtils.writeChartAsPNG(out, chart, size.width(), size.height()));
  }

  /** The JFreeChart for {@code spec}, styled and ready to draw. */
  JFreeChart chart(LineChartSpec spec) {
    Objects.requireNonNull(spec, "spec must not be null");
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            spec.title(),
            spec.xLabel(),
            spec.yLabel(),
            dataset(spec.series()),
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    ChartStyle.apply(chart, spec.series().size());
    XYPlot plot = chart.getXYPlot();
    NumberAxis xAxis = (NumberAxis) plot.getDomainAxis();
    if (spec.xTicks() == XTicks.INTEGER) {
      xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    NumberAxis yAxis = (NumberAxis) plot.getRangeAxis();
    yAxis.setAutoRangeIncludesZero(false);
    addReferenceLines(plot, yAxis, spec.referenceLines());
    return chart;
  }

  private static XYSeriesCollection dataset(List<Series> series) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (Series s : series) {
      XYSeries xy = new XYSeries(s.name(), false, true);
      for (int i = 0; i < s.size(); i++) {
        xy.add(s.xAt(i), s.yAt(i), false);
      }
      dataset.addSeries(xy);
    }
    return dataset;
  }

  /** Adds the markers and sets the y range to data and lines, with headroom for the labels. */
  private static void addReferenceLines(XYPlot plot, NumberAxis yAxis, List<ReferenceLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    Range wanted = DatasetUtils.findRangeBounds(plot.getDataset());
    for (ReferenceLine line : lines) {
      plot.addRangeMarker(ChartStyle.referenceMarker(line));
      wanted = Range.expandToInclude(wanted, line.value());
    }
    double span =
        wanted.getLength() > 0
            ? wanted.getLength()
            : Math.max(1.0, Math.abs(wanted.getCentralValue()));
    yAxis.setRange(
        wanted.getLowerBound() - LOWER_MARGIN * span, wanted.getUpperBound() + UPPER_MARGIN * span);
  }
}
