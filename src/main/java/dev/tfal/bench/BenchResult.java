package dev.tfal.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One scenario's outcome as named figures, in a stable order. The keys are the documented JSON keys
 * ({@code scenario}, {@code device}, {@code ms_per_step_median}, {@code ms_per_step_min}, {@code
 * first_step_ms}, {@code reviews_per_second}, {@code seconds}, {@code peak_rss_mb}, ...); values
 * are numbers, strings, lists or nested results.
 */
public record BenchResult(Map<String, Object> figures) {
  public BenchResult {
    figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
  }

  public String scenario() {
    return (String) figures.get("scenario");
  }

  /** A number figure, or NaN when absent. */
  public double number(String key) {
    return figures.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** Builds a result key by key, keeping insertion order. */
  static final class Builder {
    private final Map<String, Object> figures = new LinkedHashMap<>();

    Builder(String scenario) {
      figures.put("scenario", scenario);
      figures.put("device", Device.describe());
    }

    Builder put(String key, Object value) {
      figures.put(key, value instanceof Double d ? Figures.round(d) : value);
      return this;
    }

    BenchResult build() {
      figures.putIfAbsent("peak_rss_mb", Figures.round(PeakMemory.peakRssMb()));
      return new BenchResult(figures);
    }
  }
}
