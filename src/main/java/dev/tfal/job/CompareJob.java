package dev.tfal.job;

import dev.tfal.active.QueryStrategies;
import dev.tfal.compare.Ceiling;
import dev.tfal.compare.CompareReport;
import dev.tfal.compare.FinalResult;
import dev.tfal.compare.LearningCurve;
import dev.tfal.compare.SplitCeiling;
import dev.tfal.compare.StrategySummary;
import dev.tfal.error.UsageException;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.RunLock;
import dev.tfal.rundir.LearnDirectory;
import dev.tfal.rundir.RunConfig;
import dev.tfal.rundir.RunConfigFile;
import dev.tfal.rundir.RunDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tfal compare}: the full-data model once (the ceiling; or several times with different
 * training seeds, the ceiling being their mean; or on every seed's split), then one active-learning
 * session per strategy and seed with identical splits and initial weights per seed, then a summary:
 * area under the learning curve, final accuracy and labels needed to reach the ceiling. Sessions
 * that already finished in the output directory are reused, so an interrupted comparison continues.
 */
public final class CompareJob {
  private final CompareConfig config;
  private final PrintStream log;

  public CompareJob(CompareConfig config, PrintStream log) {
    this.config = config;
    this.log = log;
  }

  public CompareReport run() throws IOException {
    Files.createDirectories(config.outDir());
    try (RunLock lock = RunLock.acquire(config.outDir())) {
      return compare();
    }
  }

  private CompareReport compare() throws IOException {
    Ceiling ceiling = ceiling();
    Map<String, List<LearningCurve>> curves = new LinkedHashMap<>();
    config.strategies().forEach(strategy -> curves.put(strategy, new ArrayList<>()));
    Map<String, String> sharedSessions = sharedSessions();
    // Seed-major order: a partial comparison already compares every strategy on the first seeds.
    for (long seed : config.seeds()) {
      for (String strategy : config.strategies()) {
        String runs = sharedSessions.getOrDefault(strategy, strategy);
        curves
            .get(strategy)
            .add(runs.equals(strategy) ? session(strategy, seed) : reuse(runs, seed));
      }
    }
    List<StrategySummary> summaries = new ArrayList<>();
    curves.forEach(
        (strategy, list) ->
            summaries.add(
                new StrategySummary(
                    strategy, list, config.seeds().stream().map(ceiling::forSeed).toList())));
    List<String> notes = new ArrayList<>();
    sharedSessions.forEach(
        (strategy, runs) ->
            notes.add(
                strategy
                    + ": the same queries as "
                    + runs
                    + " for two classes (both rank by |p - 0.5|), so its sessions are reused"));
    CompareReport report = new CompareReport(summaries, ceiling, notes);
    report.write(config.outDir());
    return report;
  }

  /**
   * Strategies whose sessions would repeat another listed strategy's queries exactly, mapped to
   * that strategy; they reuse its sessions instead of running them again.
   */
  private Map<String, String> sharedSessions() {
    Map<String, String> shared = new LinkedHashMap<>();
    for (String strategy : config.strategies()) {
      QueryStrategies.binaryEquivalent(strategy)
          .filter(config.strategies()::contains)
          .ifPresent(runs -> shared.put(strategy, runs));
    }
    return shared;
  }

  private LearningCurve reuse(String strategy, long seed) throws IOException {
    return curve(config.outDir().resolve(strategy).resolve("seed-" + seed));
  }

  /**
   * The full-data models: on the first seed's split, or with a per-seed ceiling on every seed's
   * split, each trained {@code ceilingRuns} times with training seeds {@code seed}, {@code seed +
   * 1}, ...
   */
  private Ceiling ceiling() throws IOException {
    List<Long> seeds = config.ceilingPerSeed() ? config.seeds() : config.seeds().subList(0, 1);
    List<SplitCeiling> splits = new ArrayList<>();
    for (long seed : seeds) {
      List<Double> accuracies = new ArrayList<>();
      for (int run = 0; run < config.ceilingRuns(); run++) {
        accuracies.add(fullDataAccuracy(seed, run));
      }
      splits.add(new SplitCeiling(seed, accuracies));
    }
    return new Ceiling(splits);
  }

  /**
   * Test accuracy of the full-data model of split {@code seed} with training seed {@code seed +
   * run}, trained unless finished: in {@code full-data/} for the first seed's first run, else
   * {@code full-data-seed-<seed>/}, with {@code -<run + 1>} appended after the first run.
   */
  private double fullDataAccuracy(long seed, int run) throws IOException {
    String name =
        (seed == config.seeds().get(0) ? "full-data" : "full-data-seed-" + seed)
            + (run == 0 ? "" : "-" + (run + 1));
    Path dir = config.outDir().resolve(name);
    TrainJobConfig job =
        config.template().base().withSeed(seed).withTrainingSeed(seed + run).withRunDir(dir);
    if (finished(dir)) {
      requireSameExperiment(dir, RunConfig.of(job), "a full-data model", "train it again");
    } else {
      log.printf(
          "Compare: training the full-data model of seed %d (training seed %d) in %s%n",
          seed, seed + run, dir);
      AtomicFiles.deleteRecursively(dir);
      new TrainJob(job, log).run();
    }
    return FinalResult.read(new RunDirectory(dir).metrics()).accuracy();
  }

  private LearningCurve session(String strategy, long seed) throws IOException {
    Path dir = config.outDir().resolve(strategy).resolve("seed-" + seed);
    LearnJobConfig job = config.template().withSeed(seed).withStrategy(strategy).withRunDir(dir);
    if (finished(dir)) {
      requireSameExperiment(dir, RunConfig.of(job), "a finished session", "run the session again");
    } else {
      log.printf("Compare: %s, seed %d in %s%n", strategy, seed, dir);
      AtomicFiles.deleteRecursively(dir);
      new LearnJob(job, log).run();
    }
    return curve(dir);
  }

  /**
   * Refuses to reuse the finished run in {@code dir} ({@code what}) when its record describes
   * another experiment than {@code expected}, naming what differs and both records. A run without a
   * record (a recorded result that keeps only its reports) is taken as it is; one written by an
   * earlier tfal is refused by {@link RunConfigFile}.
   */
  private static void requireSameExperiment(Path dir, RunConfig expected, String what, String again)
      throws IOException {
    Optional<RunConfig> saved = RunConfigFile.readIfPresent(new RunDirectory(dir));
    if (saved.isPresent() && !saved.get().sameExperimentAs(expected)) {
      throw new UsageException(
          dir
              + " holds "
              + what
              + " of other settings ("
              + saved.get().differencesFrom(expected)
              + "): "
              + saved.get().oneLine()
              + "; this comparison's: "
              + expected.oneLine()
              + "; use another --out, or delete that directory to "
              + again);
    }
  }

  private static LearningCurve curve(Path dir) throws IOException {
    RunDirectory run = new RunDirectory(dir);
    return LearningCurve.read(new LearnDirectory(run).rounds(), FinalResult.read(run.metrics()));
  }

  private static boolean finished(Path dir) {
    return Files.isRegularFile(new RunDirectory(dir).metrics());
  }
}
