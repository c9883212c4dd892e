package dev.tfal.active;

import java.util.Optional;

/**
 * Settings of an active-learning session.
 *
 * @param strategy how queries are chosen
 * @param queriesPerRound labels asked for per round
 * @param stopping when to stop (checked after each round's training)
 * @param ratioSource split whose errors set the ratio strategies' class budget
 * @param auditFraction share of each query drawn uniformly as an audit slice (0 = none)
 * @param roundStart weights each round starts from
 * @param pseudoLabelling self-training on the pool's confident predictions, if any
 * @param seed seed of selection tie-breaks, audit draws and fresh weights
 */
public record LearningConfig(
    QueryStrategy strategy,
    int queriesPerRound,
    StoppingRule stopping,
    RatioSource ratioSource,
    double auditFraction,
    RoundStart roundStart,
    Optional<PseudoLabelling> pseudoLabelling,
    long seed) {

  public LearningConfig {
    if (strategy == null
        || stopping == null
        || ratioSource == null
        || roundStart == null
        || pseudoLabelling == null) {
      throw new IllegalArgumentException(
          "strategy, stopping, ratioSource, roundStart and pseudoLabelling are required");
    }
    if (queriesPerRound <= 0) {
      throw new IllegalArgumentException("queriesPerRound must be > 0, got " + queriesPerRound);
    }
    if (!(auditFraction >= 0 && auditFraction < 1)) {
      throw new IllegalArgumentException("auditFraction must be in [0, 1), got " + auditFraction);
    }
  }
}
