package dev.tfal.job;

import dev.tfal.active.LearningConfig;
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
    TrainJobConfig base, LearningConfig learning, Start start, List<String> arguments) {
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

  /**
   * Whether {@code other} describes the same experiment: the same data (by absolute path), splits,
   * seeds, model, optimizer, training and learning settings. Where the session runs (its directory,
   * threads, device) and how it shows progress do not count.
   */
  public boolean sameExperimentAs(LearnJobConfig other) {
    return base.sameExperimentAs(other.base) && learning.equals(other.learning);
  }
}
