package dev.tfal.run;

import dev.tfal.active.LearningOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code metrics.json} of a learn run: the final test metrics plus the session's facts. */
final class LearnReport {
  private LearnReport() {}

  static Map<String, Object> of(LearnOutcome outcome, LearningSettings settings) {
    LearningOutcome learning = outcome.learning();
    Map<String, Object> report = new LinkedHashMap<>(MetricsReport.testMetrics(learning.test()));
    report.put("test_examples", learning.test().examples());
    report.put("labels", learning.labels());
    report.put("rounds", learning.rounds().size());
    report.put("best_round", learning.bestRound());
    report.put("strategy", settings.strategy());
    report.put("stop_reason", learning.stopReason());
    report.put("pending_labels", learning.pending());
    report.put("seconds", Math.round(outcome.seconds() * 10) / 10.0);
    return report;
  }
}
