package dev.tfal.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exact binary-classification metrics over a set of examples.
 *
 * @param loss mean binary cross-entropy
 * @param accuracy fraction of examples whose predicted class (probability > 0.5) is right
 * @param falseNegatives positives predicted negative
 * @param falsePositives negatives predicted positive
 * @param examples number of examples scored
 */
public record BinaryScores(
    double loss, double accuracy, long falseNegatives, long falsePositives, long examples) {

  public BinaryScores {
    if (examples < 0) {
      throw new IllegalArgumentException("examples must be >= 0, got " + examples);
    }
  }

  /** The metrics as Keras-named entries, each key prefixed with {@code prefix}. */
  public Map<String, Double> toLogs(String prefix) {
    Map<String, Double> logs = new LinkedHashMap<>();
    logs.put(prefix + MetricKeys.LOSS, loss);
    logs.put(prefix + MetricKeys.BINARY_ACCURACY, accuracy);
    logs.put(prefix + MetricKeys.FALSE_NEGATIVES, (double) falseNegatives);
    logs.put(prefix + MetricKeys.FALSE_POSITIVES, (double) falsePositives);
    return logs;
  }
}
