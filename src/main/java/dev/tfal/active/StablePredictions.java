package dev.tfal.active;

import java.util.Locale;
import java.util.Optional;

/**
 * Stabilizing predictions: stops once Cohen's kappa between consecutive rounds' predictions on a
 * fixed stop set (the validation split) reaches {@code kappaThreshold}, i.e. once new labels no
 * longer change the model's answers. Never stops before a kappa is known. Keeps its window, the
 * previous round's predictions, itself: one instance per session.
 */
public final class StablePredictions implements StoppingCriterion {
  private final double kappaThreshold;
  private int[] previous;

  /**
   * @param kappaThreshold the agreement to reach, in (-1, 1]; 0.99 is a common choice
   */
  public StablePredictions(double kappaThreshold) {
    if (!(kappaThreshold > -1 && kappaThreshold <= 1)) {
      throw new IllegalArgumentException(
          "kappaThreshold must be in (-1, 1], got " + kappaThreshold);
    }
    this.kappaThreshold = kappaThreshold;
  }

  public double kappaThreshold() {
    return kappaThreshold;
  }

  /** Compares this round's predictions with the previous round's, then keeps this round's. */
  @Override
  public Optional<String> reason(RoundStatus status) {
    int[] current = status.validationPredictions();
    Optional<Double> kappa =
        previous == null ? Optional.empty() : Optional.of(CohensKappa.of(previous, current));
    previous = current;
    return kappa
        .filter(value -> value >= kappaThreshold)
        .map(
            value ->
                String.format(
                    Locale.ROOT, "predictions stable: kappa %.3f >= %s", value, kappaThreshold));
  }

  /** The round before the first one a resumed session trains predicted {@code predictions}. */
  @Override
  public void resumeAfter(int[] predictions) {
    previous = predictions.clone();
  }
}
