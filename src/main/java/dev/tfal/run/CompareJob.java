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
 * {@code tfal compare}: the full-data model once (the ceiling), then one active-learning session
 * per strategy and seed with identical splits and initial weights per seed, then a summary: area
 * under the learning curve, final accuracy and labels needed to reach the ceiling. Sessions that
 * already finished in the output directory are reused, so an interrupted comparison continues.
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
    double ceiling = fullDataAccuracy();
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
    curves.forEach((strategy, list) -> summaries.add(new StrategySummary(strategy, list, ceiling)));
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

  private double fullDataAccuracy() throws IOException {
    Path dir = config.outDir().resolve("full-data");
    if (!finished(dir)) {
      log.println("Compare: training the full-data model (the ceiling) in " + dir);
      AtomicFiles.deleteRecursively(dir);
      TrainJobConfig base =
          config.template().base().withSeed(config.seeds().get(0)).withRunDir(dir);
      new TrainJob(base, log).run();
    }
    return FinalResult.read(new RunDirectory(dir).metrics()).accuracy();
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
