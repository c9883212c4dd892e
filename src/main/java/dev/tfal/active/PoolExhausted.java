package dev.tfal.active;

import java.util.Optional;

/** Stops once no unlabelled candidate is left. */
public record PoolExhausted() implements StoppingCriterion {
  @Override
  public Optional<String> reason(RoundStatus status) {
    return status.poolRemaining() == 0 ? Optional.of("pool exhausted") : Optional.empty();
  }
}
