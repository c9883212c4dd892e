package dev.tfal.run;

import dev.tfal.active.QueryStrategies;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.RunLock;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tfal compare}: the full-data model once (the ceiling; or several times with different
 * training seeds, the ceiling being their mean), then one active-learning session per strategy and
 * seed with identical splits and initial weights per seed, then a summary: area under the learning
 * curve, final accuracy and labels needed to reach the ceiling. Sessions that already finished in
 * the output directory are reused, so an interrupted comparison continues.
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
        (strategy, list) -> summaries.add(new StrategySummary(strategy, list, ceiling.mean())));
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
   * The full-data models on the first seed's split: {@code full-data/} with the first seed as its
   * training seed, then {@code full-data-2/}, ... with the next training seeds.
   */
  private Ceiling ceiling() throws IOException {
    long seed = config.seeds().get(0);
    List<Double> accuracies = new ArrayList<>();
    for (int run = 0; run < config.ceilingRuns(); run++) {
      Path dir = config.outDir().resolve(run == 0 ? "full-data" : "full-data-" + (run + 1));
      if (!finished(dir)) {
        log.printf(
            "Compare: training the full-data model (the ceiling%s) in %s%n",
            config.ceilingRuns() == 1
                ? ""
                : String.format(
                    ", %d of %d, training seed %d", run + 1, config.ceilingRuns(), seed + run),
            dir);
        AtomicFiles.deleteRecursively(dir);
        TrainJobConfig base =
            config.template().base().withSeed(seed).withTrainingSeed(seed + run).withRunDir(dir);
        new TrainJob(base, log).run();
      }
      accuracies.add(FinalResult.read(new RunDirectory(dir).metrics()).accuracy());
    }
    return new Ceiling(accuracies, seed, seed);
  }

  private LearningCurve session(String strategy, long seed) throws IOException {
    Path dir = config.outDir().resolve(strategy).resolve("seed-" + seed);
    if (!finished(dir)) {
      log.printf("Compare: %s, seed %d in %s%n", strategy, seed, dir);
      AtomicFiles.deleteRecursively(dir);
      LearnJobConfig template = config.template();
      LearnJobConfig job =
          new LearnJobConfig(
              template.base().withSeed(seed).withRunDir(dir),
              template.learning().withStrategy(strategy),
              LearnJobConfig.Start.NEW,
              config.sessionArguments().of(strategy, seed, dir));
      new LearnJob(job, log).run();
    }
    return curve(dir);
  }

  private static LearningCurve curve(Path dir) throws IOException {
    RunDirectory run = new RunDirectory(dir);
    return LearningCurve.read(new LearnDirectory(run).rounds(), FinalResult.read(run.metrics()));
  }

  private static boolean finished(Path dir) {
    return Files.isRegularFile(new RunDirectory(dir).metrics());
  }
}
