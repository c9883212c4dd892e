package dev.tfal.compare;

import dev.tfal.error.DataFormatException;
import dev.tfal.metrics.MetricKeys;
import dev.tfal.report.MetricsReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The test metrics of a session's overall best model, as its {@code metrics.json} records them.
 *
 * @param accuracy test binary accuracy
 * @param falseNegatives test false negatives
 * @param falsePositives test false positives
 */
public record FinalResult(double accuracy, long falseNegatives, long falsePositives) {
  public FinalResult {
    if (falseNegatives < 0 || falsePositives < 0) {
      throw new IllegalArgumentException(
          "error counts must be >= 0, got FN " + falseNegatives + ", FP " + falsePositives);
    }
  }

  /**
   * How lopsided the errors are: {@code |FN - FP| / (FN + FP)}, 0 when both classes are missed
   * equally often (and when there are no errors at all), 1 when every error is of one kind.
   */
  public double errorBalance() {
    return balance(falseNegatives, falsePositives);
  }

  public static double balance(double falseNegatives, double falsePositives) {
    double errors = falseNegatives + falsePositives;
    return errors == 0 ? 0 : Math.abs(falseNegatives - falsePositives) / errors;
  }

  /** Reads accuracy, false negatives and false positives from a metrics.json. */
  public static FinalResult read(Path metricsJson) throws IOException {
    Map<String, Object> metrics = MetricsReport.read(metricsJson);
    return new FinalResult(
        number(metrics, metricsJson, MetricKeys.BINARY_ACCURACY).doubleValue(),
        number(metrics, metricsJson, MetricKeys.FALSE_NEGATIVES).longValue(),
        number(metrics, metricsJson, MetricKeys.FALSE_POSITIVES).longValue());
  }

  private static Number number(Map<String, Object> metrics, Path file, String key) {
    if (metrics.get(key) instanceof Number number) {
      return number;
    }
    throw new DataFormatException(file, "has no number '" + key + "'");
  }
}
