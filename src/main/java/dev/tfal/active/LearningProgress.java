package dev.tfal.active;

import java.util.List;

/**
 * The session's state after a round: enough to resume it.
 *
 * @param completedRounds query rounds whose labels are all journaled
 * @param labelledIds ids labelled so far (initial set first, then answers in journal order)
 * @param bestRound round of the overall best model
 * @param bestValidationLoss its validation loss
 * @param roundValidationLosses the validation loss of every round trained so far, in round order
 *     (from round 0; shorter only after resuming a state that did not record them)
 */
public record LearningProgress(
    int completedRounds,
    List<String> labelledIds,
    int bestRound,
    double bestValidationLoss,
    List<Double> roundValidationLosses) {
  public LearningProgress {
    labelledIds = List.copyOf(labelledIds);
    roundValidationLosses = List.copyOf(roundValidationLosses);
  }
}
