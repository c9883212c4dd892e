package dev.tfal.active;

import java.util.List;

/**
 * What a session records after every round (in {@code state.json}), enough to continue it: the
 * rounds done, the labels so far, and each round's monitored value with the best round.
 *
 * @param completedRounds query rounds whose labels are all journaled
 * @param labelledIds ids labelled so far (initial set first, then answers in journal order)
 * @param rounds every trained round's monitored value and the session's best round
 * @param strategy the query strategy's name
 * @param seed the session's seed
 */
public record SessionState(
    int completedRounds,
    List<String> labelledIds,
    MonitoredRounds rounds,
    String strategy,
    long seed) {
  public SessionState {
    if (completedRounds < 0) {
      throw new IllegalArgumentException("completedRounds must be >= 0, got " + completedRounds);
    }
    labelledIds = List.copyOf(labelledIds);
  }

  public int bestRound() {
    return rounds.bestRound();
  }
}
