package dev.tfal.active;

import java.util.Optional;

/**
 * Stops once {@code rounds} query rounds are done.
 *
 * @param rounds number of query rounds to run
 */
public record MaxRounds(int rounds) implements StoppingCriterion {
  public MaxRounds {
    if (rounds < 0) {
      throw new IllegalArgumentException("rounds must be >= 0, got " + rounds);
    }
  }

  @Override
  public Optional<String> reason(RoundStatus status) {
    int done = status.completedRounds();
    if (done < rounds) {
      return Optional.empty();
    }
    return Optional.of(done + (done == 1 ? " round done" : " rounds done"));
  }
}
