package dev.tfal.plot;

import java.util.Objects;

/**
 * A labelled horizontal dashed line at y = {@code value}, e.g. "full-data model 0.8508" on an
 * active-learning curve. The y axis is widened to show it.
 */
public record ReferenceLine(String label, double value) {
  public ReferenceLine {
    Objects.requireNonNull(label, "label must not be null");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, got " + value);
    }
  }
}
