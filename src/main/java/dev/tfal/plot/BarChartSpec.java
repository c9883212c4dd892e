package dev.tfal.plot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A horizontal bar chart: one bar per label, in insertion order, with an optional dashed target
 * line.
 *
 * @param title chart title
 * @param valueLabel axis label of the values
 * @param bars label to value
 * @param target an optional target value drawn as a line, with its label
 */
public record BarChartSpec(
    String title, String valueLabel, Map<String, Double> bars, Optional<ReferenceLine> target) {
  public BarChartSpec {
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("a bar chart needs at least one bar");
    }
    bars.forEach(
        (label, value) -> {
          if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("bar '" + label + "' is not finite: " + value);
          }
        });
    bars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bars));
  }
}
