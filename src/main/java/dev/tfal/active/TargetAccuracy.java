package dev.tfal.active;

import java.util.Locale;
import java.util.Optional;

/**
 * Stops once the validation accuracy reaches {@code target}.
 *
 * @param target the accuracy to reach, in [0, 1]
 */
public record TargetAccuracy(double target) implements StoppingCriterion {
  public TargetAccuracy {
    if (!(target >= 0 && target <= 1)) {
      throw new IllegalArgumentException("target must be in [0, 1], got " + target);
    }
  }

  @Override
  public Optional<String> reason(RoundStatus status) {
    double accuracy = status.validationAccuracy();
    if (accuracy < target) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(Locale.ROOT, "validation accuracy %.4f >= target %s", accuracy, target));
  }
}
