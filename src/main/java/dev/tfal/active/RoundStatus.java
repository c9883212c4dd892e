package dev.tfal.active;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an active-learning run stands after a round, as the stopping criteria see it.
 *
 * @param completedRounds query rounds done so far
 * @param labelled labelled examples so far, the seed set included
 * @param poolRemaining unlabelled candidates left in the pool
 * @param validationAccuracy binary accuracy of the latest model on the validation split
 * @param kappa Cohen's kappa between this round's and the previous round's predictions on the fixed
 *     stop set; empty before there are two rounds to compare
 */
public record RoundStatus(
    int completedRounds,
    int labelled,
    int poolRemaining,
    double validationAccuracy,
    Optional<Double> kappa) {
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
    Objects.requireNonNull(kappa, "kappa must not be null, use Optional.empty()");
    kappa.ifPresent(
        value -> {
          if (!(value >= -1 && value <= 1)) {
            throw new IllegalArgumentException("kappa must be in [-1, 1], got " + value);
          }
        });
  }

  /** This status with the kappa against the previous round's predictions. */
  public RoundStatus withKappa(double value) {
    return new RoundStatus(
        completedRounds, labelled, poolRemaining, validationAccuracy, Optional.of(value));
  }
}
