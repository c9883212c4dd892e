package dev.tfal.plot;

import dev.tfal.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws a {@link BarChartSpec} as a PNG without a display, replacing the file atomically. */
public final class BarChartRenderer {
  public BarChartRenderer() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  public void render(BarChartSpec spec, Path png, ChartSize size) throws IOException {
    JFreeChart chart = chart(spec);
    AtomicFiles.write(
        png, out -> ChartUtils.writeChartAsPNG(out, chart, size.width(), size.height()));
  }

  JFreeChart chart(BarChartSpec spec) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    spec.bars().forEach((label, value) -> dataset.addValue(value, spec.valueLabel(), label));
    JFreeChart chart =
        ChartFactory.createBarChart(
            spec.title(),
            null,
            spec.valueLabel(),
            dataset,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, ChartStyle.seriesPaint(0));
    spec.target()
        .ifPresent(
            target -> {
              ValueMarker marker = new ValueMarker(target.value());
              marker.setPaint(new Color(0xD55E00));
              marker.setStroke(
                  new BasicStroke(
                      1.6f,
                      BasicStroke.CAP_BUTT,
                      BasicStroke.JOIN_MITER,
                      10f,
                      new float[] {7f, 5f},
                      0f));
              marker.setLabel(target.label());
              plot.addRangeMarker(marker);
            });
    return chart;
  }
}
