package dev.tfal.active;

import java.util.List;

/**
 * The session's state after a round: enough to resume it.
 *
 * @param completedRounds query rounds whose labels are all journaled
 * @param labelledIds ids labelled so far (initial set first, then answers in journal order)
 * @param bestRound round of the overall best model
 * @param bestValidationLoss its validation loss
 */
public record LearningProgress(
    int completedRounds, List<String> labelledIds, int bestRound, double bestValidationLoss) {
  public LearningProgress {
    labelledIds = List.copyOf(labelledIds);
  }
}
