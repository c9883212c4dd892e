package dev.tfal.run;

import java.util.List;

/**
 * Everything {@code tfal learn} needs.
 *
 * @param base data, model, optimizer, per-round training settings, runtime and run directory
 * @param learning strategy, rounds, stopping and oracle
 * @param start a new session, or the continuation of the one in the run directory
 * @param arguments the command-line arguments that describe the session, saved so that {@code
 *     --resume} can rebuild the same configuration
 */
public record LearnJobConfig(
    TrainJobConfig base, LearningSettings learning, Start start, List<String> arguments) {
  /** Whether the run directory is new or holds a session to continue. */
  public enum Start {
    NEW,
    RESUME
  }

  public LearnJobConfig {
    if (base == null || learning == null || start == null) {
      throw new IllegalArgumentException("base, learning and start must not be null");
    }
    arguments = List.copyOf(arguments);
  }
}
