package dev.tfal.job;

import dev.tfal.active.LearningConfig;
import java.nio.file.Path;

/**
 * Everything {@code tfal learn} needs.
 *
 * @param base data, model, optimizer, per-round training settings, runtime and run directory
 * @param learning strategy, rounds, stopping and oracle
 * @param start a new session, or the continuation of the one in the run directory
 */
public record LearnJobConfig(TrainJobConfig base, LearningConfig learning, Start start) {
  /** Whether the run directory is new or holds a session to continue. */
  public enum Start {
    NEW,
    RESUME
  }

  public LearnJobConfig {
    if (base == null || learning == null || start == null) {
      throw new IllegalArgumentException("base, learning and start must not be null");
    }
  }

  /**
   * Whether {@code other} describes the same experiment: the same data (by absolute path), splits,
   * seeds, model, optimizer, training and learning settings. Where the session runs (its directory,
   * threads, device) and how it shows progress do not count.
   */
  public boolean sameExperimentAs(LearnJobConfig other) {
    return base.sameExperimentAs(other.base) && learning.equals(other.learning);
  }

  /** The same session with another seed for the split, the initial weights and the shuffles. */
  public LearnJobConfig withSeed(long seed) {
    return new LearnJobConfig(base.withSeed(seed), learning, start);
  }

  /** The same session with another query strategy. */
  public LearnJobConfig withStrategy(String strategy) {
    return new LearnJobConfig(base, learning.withStrategy(strategy), start);
  }

  public LearnJobConfig withRunDir(Path dir) {
    return new LearnJobConfig(base.withRunDir(dir), learning, start);
  }
}
