package dev.tfal.active;

import dev.tfal.graph.ModelWeights;
import dev.tfal.metrics.BinaryScores;
import java.util.List;

/**
 * How a session ended.
 *
 * @param rounds every round's result
 * @param stopReason why it stopped
 * @param bestRound round of the overall best model
 * @param bestWeights the overall best model (lowest validation loss)
 * @param test the overall best model on the test split
 * @param labels labels used by the last round's training
 * @param pending whether it stopped to wait for offline labels (resume later)
 */
public record LearningResult(
    List<RoundResult> rounds,
    String stopReason,
    int bestRound,
    ModelWeights bestWeights,
    BinaryScores test,
    int labels,
    boolean pending) {
  public LearningResult {
    rounds = List.copyOf(rounds);
  }
}
