package dev.tfal.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a line chart shows: title, axis labels, at least one series (distinct names, one legend
 * entry each), how the x axis ticks, and any number of horizontal reference lines.
 */
public record LineChartSpec(
    String title,
    String xLabel,
    String yLabel,
    List<Series> series,
    XTicks xTicks,
    List<ReferenceLine> referenceLines) {

  public LineChartSpec {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(xLabel, "xLabel must not be null");
    Objects.requireNonNull(yLabel, "yLabel must not be null");
    Objects.requireNonNull(series, "series must not be null");
    Objects.requireNonNull(xTicks, "xTicks must not be null");
    Objects.requireNonNull(referenceLines, "referenceLines must not be null");
    series = List.copyOf(series);
    referenceLines = List.copyOf(referenceLines);
    if (series.isEmpty()) {
      throw new IllegalArgumentException("series must not be empty");
    }
    checkDistinctNames(series);
  }

  /** A chart of {@code series} with automatic x ticks and no reference line. */
  public static LineChartSpec of(String title, String xLabel, String yLabel, List<Series> series) {
    return new LineChartSpec(title, xLabel, yLabel, series, XTicks.AUTO, List.of());
  }

  public LineChartSpec withXTicks(XTicks xTicks) {
    return new LineChartSpec(title, xLabel, yLabel, series, xTicks, referenceLines);
  }

  /** A copy with {@code line} added to the reference lines. */
  public LineChartSpec withReferenceLine(ReferenceLine line) {
    List<ReferenceLine> lines = new ArrayList<>(referenceLines);
    lines.add(Objects.requireNonNull(line, "line must not be null"));
    return new LineChartSpec(title, xLabel, yLabel, series, xTicks, lines);
  }

  private static void checkDistinctNames(List<Series> series) {
    Set<String> names = new HashSet<>();
    for (Series s : series) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException(
            "series names must be distinct, got \"" + s.name() + "\" twice");
      }
    }
  }
}
