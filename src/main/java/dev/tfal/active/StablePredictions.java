package dev.tfal.active;

import java.util.Locale;
import java.util.Optional;

/**
 * Stabilizing predictions: stops once Cohen's kappa between consecutive rounds' predictions on a
 * fixed stop set reaches {@code kappaThreshold}, i.e. once new labels no longer change the model's
 * answers. Never stops before a kappa is known.
 *
 * @param kappaThreshold the agreement to reach, in (-1, 1]; 0.99 is a common choice
 */
public record StablePredictions(double kappaThreshold) implements StoppingCriterion {
  public StablePredictions {
    if (!(kappaThreshold > -1 && kappaThreshold <= 1)) {
      throw new IllegalArgumentException(
          "kappaThreshold must be in (-1, 1], got " + kappaThreshold);
    }
  }

  @Override
  public Optional<String> reason(RoundStatus status) {
    return status
        .kappa()
        .filter(kappa -> kappa >= kappaThreshold)
        .map(
            kappa ->
                String.format(
                    Locale.ROOT, "predictions stable: kappa %.3f >= %s", kappa, kappaThreshold));
  }
}
