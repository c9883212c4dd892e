package dev.tfal.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of {@code tfal compare}: the same sessions under several strategies and seeds.
 *
 * @param template the session every strategy and seed runs (its run directory is ignored)
 * @param strategies strategy names, in report order
 * @param seeds seeds; each seed fixes the split, the initial weights and the shuffles, the same for
 *     every strategy
 * @param ceilingRuns full-data models trained per split, with training seeds {@code seed}, {@code
 *     seed + 1}, ...; the ceiling is their mean test accuracy
 * @param ceilingPerSeed whether each seed's sessions are measured against the full-data models of
 *     their own split rather than the first seed's
 * @param outDir where the full-data models, every session and the summary go
 * @param sessionArguments the {@code learn} arguments equivalent to one session, saved in its run
 *     directory so that it can be resumed on its own
 * @param replay rebuilds the configuration a finished session was started with from its saved
 *     arguments, so that a session of other settings is never reused
 */
public record CompareConfig(
    LearnJobConfig template,
    List<String> strategies,
    List<Long> seeds,
    int ceilingRuns,
    boolean ceilingPerSeed,
    Path outDir,
    SessionArguments sessionArguments,
    SessionReplay replay) {
  /** The {@code learn} command line of one session of the comparison. */
  @FunctionalInterface
  public interface SessionArguments {
    List<String> of(String strategy, long seed, Path runDir);
  }

  /** The configuration of a {@code learn} command line. */
  @FunctionalInterface
  public interface SessionReplay {
    LearnJobConfig of(List<String> arguments) throws IOException;
  }

  public CompareConfig {
    strategies = List.copyOf(strategies);
    seeds = List.copyOf(seeds);
    if (strategies.isEmpty() || seeds.isEmpty()) {
      throw new IllegalArgumentException("need at least one strategy and one seed");
    }
    if (ceilingRuns < 1) {
      throw new IllegalArgumentException("--ceiling-runs must be >= 1, got " + ceilingRuns);
    }
    strategies.forEach(name -> template.learning().withStrategy(name));
  }
}
