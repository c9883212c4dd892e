package dev.tfal.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The speed issue's targets, checked against combined results (absent scenarios are skipped). */
final class Targets {
  static final double TRAIN_STEP_MS = 85;
  static final double FIRST_STEP_MS = 2_000;
  static final double PEAK_RSS_MB = 1_024;
  static final double BASELINE_SPEEDUP = 1.35;
  static final double SCORE_REVIEWS_PER_SECOND = 5_000;
  static final double REPRODUCE_SECONDS = 12 * 60;
  static final double FULL_DATA_ACCURACY = 0.85;
  static final double LEARN_ACCURACY = 0.84;
  static final double STEP_SHARE_OF_PLAIN_GRAPH = 0.35;

  private Targets() {}

  /**
   * @param naivePeerMs the naive TF Java peer's median step of the same sitting, when it ran
   */
  static Map<String, Object> check(
      Map<String, Object> scenarios, java.util.Optional<Double> naivePeerMs) {
    Map<String, Object> checks = new LinkedHashMap<>();
    figures(scenarios, "train-step")
        .ifPresent(step -> checkShareOfPlainGraph(checks, step, naivePeerMs));
    figures(scenarios, "train-step")
        .ifPresent(
            step -> {
              checks.put(
                  "train_step_median_le_85_ms", at(step, "ms_per_step_median") <= TRAIN_STEP_MS);
              checks.put(
                  "train_step_speedup_vs_unrolled_ge_1_35",
                  at(step, "speedup_vs_last_kernel") >= BASELINE_SPEEDUP);
              checks.put("first_step_le_2_s", at(step, "first_step_ms") <= FIRST_STEP_MS);
              checks.put("peak_rss_le_1_gb", at(step, "peak_rss_mb") <= PEAK_RSS_MB);
            });
    figures(scenarios, "score")
        .ifPresent(
            score ->
                checks.put(
                    "score_ge_5000_reviews_per_s",
                    at(score, "reviews_per_second") >= SCORE_REVIEWS_PER_SECOND));
    figures(scenarios, "reproduce")
        .ifPresent(
            reproduce -> {
              checks.put("reproduce_le_12_min", at(reproduce, "seconds") <= REPRODUCE_SECONDS);
              checks.put(
                  "reproduce_full_data_accuracy_ge_0_85",
                  at(reproduce, "full_data_test_accuracy") >= FULL_DATA_ACCURACY);
              checks.put(
                  "reproduce_learn_accuracy_ge_0_84",
                  at(reproduce, "learn_test_accuracy") >= LEARN_ACCURACY);
            });
    return checks;
  }

  /** Round two of the speed issue: the step at most 0.35 x the plain graph's, two ways. */
  private static void checkShareOfPlainGraph(
      Map<String, Object> checks, Map<String, Object> step, java.util.Optional<Double> naive) {
    checks.put(
        "train_step_le_0_35_x_unrolled",
        1 / at(step, "speedup_vs_last_kernel") <= STEP_SHARE_OF_PLAIN_GRAPH);
    naive.ifPresent(
        ms ->
            checks.put(
                "train_step_le_0_35_x_naive_tf_java_peer",
                at(step, "ms_per_step_median") <= STEP_SHARE_OF_PLAIN_GRAPH * ms));
  }

  @SuppressWarnings("unchecked")
  private static java.util.Optional<Map<String, Object>> figures(
      Map<String, Object> scenarios, String name) {
    return java.util.Optional.ofNullable((Map<String, Object>) scenarios.get(name));
  }

  private static double at(Map<String, Object> figures, String key) {
    return figures.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
