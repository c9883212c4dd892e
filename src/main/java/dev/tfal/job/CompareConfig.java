package dev.tfal.job;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of {@code tfal compare}: the same sessions under several strategies and seeds.
 *
 * @param template the session every strategy and seed runs, each with its strategy, seed and run
 *     directory
 * @param strategies strategy names, in report order
 * @param seeds seeds; each seed fixes the split, the initial weights and the shuffles, the same for
 *     every strategy
 * @param ceilingRuns full-data models trained per split, with training seeds {@code seed}, {@code
 *     seed + 1}, ...; the ceiling is their mean test accuracy
 * @param ceilingPerSeed whether each seed's sessions are measured against the full-data models of
 *     their own split rather than the first seed's
 * @param outDir where the full-data models, every session and the summary go
 */
public record CompareConfig(
    LearnJobConfig template,
    List<String> strategies,
    List<Long> seeds,
    int ceilingRuns,
    boolean ceilingPerSeed,
    Path outDir) {

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
