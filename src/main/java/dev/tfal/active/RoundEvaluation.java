package dev.tfal.active;

import dev.tfal.metrics.BinaryScores;
import dev.tfal.metrics.MetricKeys;
import dev.tfal.train.Monitor;

/**
 * A round's best model on the fixed splits.
 *
 * @param trained what the round trained
 * @param validation the model on the validation split
 * @param test the model on the test split
 * @param validationPredictions its predicted class of every validation example
 */
record RoundEvaluation(
    TrainedRound trained, BinaryScores validation, BinaryScores test, int[] validationPredictions) {

  /**
   * The round's value of {@code monitor}: a validation metric as this evaluation measured it, any
   * other metric (a training one) as the fit's best epoch logged it.
   */
  double monitored(Monitor monitor) {
    Double value = validation.toLogs(MetricKeys.VALIDATION_PREFIX).get(monitor.key());
    return value != null ? value : trained.fit().best().get(monitor.key());
  }
}
