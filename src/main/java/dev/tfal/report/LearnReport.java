package dev.tfal.report;

import dev.tfal.active.LearningConfig;
import dev.tfal.active.LearningResult;
import dev.tfal.active.RoundResult;
import dev.tfal.job.LearnJobResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code metrics.json} of a learn run: the final test metrics plus the session's facts. */
public final class LearnReport {
  private LearnReport() {}

  public static Map<String, Object> of(LearnJobResult outcome, LearningConfig settings) {
    LearningResult learning = outcome.learning();
    Map<String, Object> report = new LinkedHashMap<>(MetricsReport.testMetrics(learning.test()));
    report.put("test_examples", learning.test().examples());
    report.put("labels", learning.labels());
    report.put("rounds", completedRounds(learning));
    report.put("best_round", learning.bestRound());
    report.put("strategy", settings.strategy());
    settings
        .pseudoLabelConfidence()
        .ifPresent(confidence -> report.put("pseudo_label_confidence", confidence));
    report.put("stop_reason", learning.stopReason());
    report.put("pending_labels", learning.pending());
    report.put("seconds", Math.round(outcome.seconds() * 10) / 10.0);
    return report;
  }

  /**
   * Query rounds done: the number of the last round trained. Not the number of results, which
   * counts round 0 and, after a resume, only the rounds of the resumed run.
   */
  private static int completedRounds(LearningResult learning) {
    List<RoundResult> rounds = learning.rounds();
    return rounds.isEmpty() ? 0 : rounds.get(rounds.size() - 1).round();
  }
}
