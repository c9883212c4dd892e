package dev.tfal.active;

import dev.tfal.graph.ModelWeights;
import java.util.List;
import java.util.Optional;

/**
 * Where an interrupted session continues: the overall best model of the rounds before the one it
 * continues with, which that round starts from.
 *
 * @param bestWeights the overall best weights
 * @param bestRound the round they come from
 * @param bestValidationLoss their validation loss
 * @param roundValidationLosses the validation loss of every round before the one the session
 *     continues with, in round order; empty if the session state did not record them
 * @param previousRoundWeights the best weights of the round before the one the session continues
 *     with, whose validation predictions the stable-kappa rule compares that round's with
 */
public record ResumePoint(
    ModelWeights bestWeights,
    int bestRound,
    double bestValidationLoss,
    List<Double> roundValidationLosses,
    Optional<ModelWeights> previousRoundWeights) {
  public ResumePoint {
    roundValidationLosses = List.copyOf(roundValidationLosses);
  }

  /** A resume point without the rounds' validation losses and the previous round's weights. */
  public ResumePoint(ModelWeights bestWeights, int bestRound, double bestValidationLoss) {
    this(bestWeights, bestRound, bestValidationLoss, List.of(), Optional.empty());
  }
}
