package dev.tfal.active;

import java.util.Optional;

/**
 * Decides after each round whether active learning should stop. Stopping is a request the
 * controller honours, never an exception. Criteria are immutable; combine them with {@link
 * StoppingRule}.
 */
public interface StoppingCriterion {
  /** Why to stop now, e.g. {@code "pool exhausted"}; empty to go on. */
  Optional<String> reason(RoundStatus status);
}
