package dev.tfal.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tfal.io.AtomicFiles;
import dev.tfal.job.TrainJobResult;
import dev.tfal.metrics.BinaryScores;
import dev.tfal.metrics.ClassScores;
import dev.tfal.metrics.ClassifierScores;
import dev.tfal.metrics.MetricKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The final metrics of a run, as {@code metrics.json} and as a table for stdout. */
public final class MetricsReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The key of the per-class scores. */
  public static final String CLASSES = "classes";

  private MetricsReport() {}

  /** Test metrics under Keras' names, then the run's facts and the best epoch's val_ metrics. */
  public static Map<String, Object> of(TrainJobResult outcome) {
    Map<String, Object> report = new LinkedHashMap<>(testMetrics(outcome.test()));
    report.put("test_examples", outcome.test().examples());
    report.put("train_examples", outcome.trainExamples());
    report.put("best_epoch", outcome.training().bestEpoch() + 1);
    report.put("epochs_run", outcome.training().epochsRun());
    report.put("stop_reason", outcome.training().stopReason().orElse("epoch limit"));
    report.put("seconds", Math.round(outcome.seconds() * 10) / 10.0);
    report.put("train_seconds", Math.round(outcome.training().seconds() * 10) / 10.0);
    outcome
        .training()
        .best()
        .asMap()
        .forEach(
            (key, value) -> {
              if (key.startsWith(MetricKeys.VALIDATION_PREFIX)) {
                report.put(key, isCount(key) ? (Object) Math.round(value) : value);
              }
            });
    return report;
  }

  private static boolean isCount(String key) {
    return key.endsWith(MetricKeys.FALSE_NEGATIVES) || key.endsWith(MetricKeys.FALSE_POSITIVES);
  }

  /**
   * The test metrics that fit K: the loss, for two classes the Keras three (binary_accuracy,
   * false_negatives, false_positives), then accuracy, macro_f1 and, under {@code classes}, each
   * class's precision, recall, F1 and support in label order.
   */
  public static Map<String, Object> testMetrics(ClassifierScores test) {
    Map<String, Object> metrics =
        test.binary().map(MetricsReport::testMetrics).orElseGet(LinkedHashMap::new);
    metrics.put(MetricKeys.LOSS, test.loss());
    metrics.put(MetricKeys.ACCURACY, test.accuracy());
    metrics.put(MetricKeys.MACRO_F1, test.multiclass().macroF1());
    Map<String, Object> classes = new LinkedHashMap<>();
    for (ClassScores c : test.multiclass().classes()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("precision", c.precision());
      row.put("recall", c.recall());
      row.put("f1", c.f1());
      row.put("support", c.support());
      classes.put(c.label(), row);
    }
    metrics.put(CLASSES, classes);
    return metrics;
  }

  /** The four Keras metrics of {@code test} under their Keras names. */
  public static Map<String, Object> testMetrics(BinaryScores test) {
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put(MetricKeys.LOSS, test.loss());
    metrics.put(MetricKeys.BINARY_ACCURACY, test.accuracy());
    metrics.put(MetricKeys.FALSE_NEGATIVES, test.falseNegatives());
    metrics.put(MetricKeys.FALSE_POSITIVES, test.falsePositives());
    return metrics;
  }

  public static void write(Map<String, Object> report, Path file) throws IOException {
    AtomicFiles.write(file, out -> JSON.writeValue(out, report));
  }

  /** Reads a report written by {@link #write}. */
  public static Map<String, Object> read(Path file) throws IOException {
    return JSON.readValue(
        file.toFile(),
        new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() {});
  }

  public static String toJson(Map<String, Object> report) throws IOException {
    return JSON.writeValueAsString(report);
  }

  /** Two aligned columns: metric (at least 22 characters wide, or the longest name), value. */
  public static String table(Map<String, Object> report) {
    int width = Math.max(22, report.keySet().stream().mapToInt(String::length).max().orElse(0));
    String line = "%-" + width + "s %s%n";
    StringBuilder out = new StringBuilder();
    report.forEach(
        (key, value) -> {
          if (value instanceof Map<?, ?> classes) {
            classes.forEach(
                (name, scores) ->
                    out.append(String.format(line, key + " " + name, classRow(scores))));
          } else {
            out.append(String.format(line, key, format(key, value)));
          }
        });
    return out.toString();
  }

  /** "precision 0.7941 recall 0.9783 f1 0.8766 support 138" from one class's scores. */
  private static String classRow(Object scores) {
    StringBuilder row = new StringBuilder();
    ((Map<?, ?>) scores)
        .forEach(
            (name, value) ->
                row.append(row.length() == 0 ? "" : " ")
                    .append(name)
                    .append(' ')
                    .append(format(String.valueOf(name), value)));
    return row.toString();
  }

  private static String format(String key, Object value) {
    if (!(value instanceof Double number)) {
      return String.valueOf(value);
    }
    return String.format(java.util.Locale.ROOT, key.endsWith("seconds") ? "%.1f" : "%.4f", number);
  }
}
