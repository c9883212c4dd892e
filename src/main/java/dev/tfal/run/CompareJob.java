package dev.tfal.run;

import dev.tfal.io.AtomicFiles;
import dev.tfal.io.RunLock;
import dev.tfal.metrics.MetricKeys;
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
    // Seed-major order: a partial comparison already compares every strategy on the first seeds.
    for (long seed : config.seeds()) {
      for (String strategy : config.strategies()) {
        curves.get(strategy).add(session(strategy, seed));
      }
    }
    List<StrategySummary> summaries = new ArrayList<>();
    curves.forEach((strategy, list) -> summaries.add(new StrategySummary(strategy, list, ceiling)));
    CompareReport report = new CompareReport(summaries, ceiling);
    report.write(config.outDir());
    return report;
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
    return accuracy(dir);
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
    return LearningCurve.read(new LearnDirectory(new RunDirectory(dir)).rounds(), accuracy(dir));
  }

  private static boolean finished(Path dir) {
    return Files.isRegularFile(new RunDirectory(dir).metrics());
  }

  private static double accuracy(Path dir) throws IOException {
    Map<String, Object> metrics = MetricsReport.read(new RunDirectory(dir).metrics());
    return ((Number) metrics.get(MetricKeys.BINARY_ACCURACY)).doubleValue();
  }
}
