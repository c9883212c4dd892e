package dev.tfal.active;

import java.util.Optional;

/**
 * Decides after each round whether active learning should stop. Stopping is a request the
 * controller honours, never an exception. A criterion that compares rounds keeps its own window
 * (see {@link StablePredictions}), so it is asked once per round, in round order; combine criteria
 * with {@link StoppingRule}.
 */
public interface StoppingCriterion {
  /** Why to stop now, e.g. {@code "pool exhausted"}; empty to go on. */
  Optional<String> reason(RoundStatus status);

  /**
   * Continues a resumed session: {@code predictions} are the validation predictions of the round
   * before the first one it trains, as an uninterrupted session would have seen them. Criteria that
   * do not compare rounds ignore them.
   */
  default void resumeAfter(int[] predictions) {}
}
