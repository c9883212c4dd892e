package dev.tfal.active;

import java.util.Objects;

/**
 * Where an active-learning run stands after a round's training, as the stopping criteria see it.
 *
 * @param completedRounds query rounds done so far
 * @param labelled labelled examples so far, the seed set included
 * @param poolRemaining unlabelled candidates left in the pool
 * @param validationAccuracy binary accuracy of the latest model on the validation split
 * @param validationPredictions the latest model's predicted class (0 or 1) of every validation
 *     example, the fixed stop set of rules that compare consecutive rounds
 */
public record RoundStatus(
    int completedRounds,
    int labelled,
    int poolRemaining,
    double validationAccuracy,
    int[] validationPredictions) {
  public RoundStatus {
    if (completedRounds < 0) {
      throw new IllegalArgumentException("completedRounds must be >= 0, got " + completedRounds);
    }
    if (labelled < 0) {
      throw new IllegalArgumentException("labelled must be >= 0, got " + labelled);
    }
    if (poolRemaining < 0) {
      throw new IllegalArgumentException("poolRemaining must be >= 0, got " + poolRemaining);
    }
    if (!(validationAccuracy >= 0 && validationAccuracy <= 1)) {
      throw new IllegalArgumentException(
          "validationAccuracy must be in [0, 1], got " + validationAccuracy);
    }
    validationPredictions =
        Objects.requireNonNull(validationPredictions, "validationPredictions").clone();
  }

  /** A copy of the predictions. */
  @Override
  public int[] validationPredictions() {
    return validationPredictions.clone();
  }
}
