package dev.tfal.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.active.QueryStrategies;
import dev.tfal.error.UsageException;
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
 * training seeds, the ceiling being their mean; or on every seed's split), then one active-learning
 * session per strategy and seed with identical splits and initial weights per seed, then a summary:
 * area under the learning curve, final accuracy and labels needed to reach the ceiling. Sessions
 * that already finished in the output directory are reused, so an interrupted comparison continues.
 */
public final class CompareJob {
  private static final ObjectMapper JSON = new ObjectMapper();
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
    if (finished(dir)) {
      requireSeeds(dir, seed, seed + run);
    } else {
      log.printf(
          "Compare: training the full-data model of seed %d (training seed %d) in %s%n",
          seed, seed + run, dir);
      AtomicFiles.deleteRecursively(dir);
      TrainJobConfig base =
          config.template().base().withSeed(seed).withTrainingSeed(seed + run).withRunDir(dir);
      new TrainJob(base, log).run();
    }
    return FinalResult.read(new RunDirectory(dir).metrics()).accuracy();
  }

  private LearningCurve session(String strategy, long seed) throws IOException {
    Path dir = config.outDir().resolve(strategy).resolve("seed-" + seed);
    LearnJobConfig template = config.template();
    LearnJobConfig job =
        new LearnJobConfig(
            template.base().withSeed(seed).withRunDir(dir),
            template.learning().withStrategy(strategy),
            LearnJobConfig.Start.NEW,
            config.sessionArguments().of(strategy, seed, dir));
    if (finished(dir)) {
      requireSameExperiment(dir, job);
    } else {
      log.printf("Compare: %s, seed %d in %s%n", strategy, seed, dir);
      AtomicFiles.deleteRecursively(dir);
      new LearnJob(job, log).run();
    }
    return curve(dir);
  }

  /**
   * Refuses to reuse the finished session in {@code dir} when its saved arguments describe another
   * experiment than {@code expected}. A session without saved arguments (a recorded result that
   * keeps only its reports) is taken as it is.
   */
  private void requireSameExperiment(Path dir, LearnJobConfig expected) throws IOException {
    LearnDirectory session = new LearnDirectory(new RunDirectory(dir));
    if (!Files.isRegularFile(session.arguments())) {
      return;
    }
    List<String> saved = session.readArguments();
    LearnJobConfig replayed;
    try {
      replayed = config.replay().of(saved);
    } catch (RuntimeException e) {
      throw new UsageException(
          dir
              + " holds a finished session whose arguments ("
              + String.join(" ", saved)
              + ") this tfal cannot read ("
              + e.getMessage()
              + "); use another --out, or delete that directory to run the session again",
          e);
    }
    if (!replayed.sameExperimentAs(expected)) {
      throw new UsageException(
          dir
              + " holds a finished session of other settings ("
              + String.join(" ", saved)
              + ") than this comparison's ("
              + String.join(" ", expected.arguments())
              + "); use another --out, or delete that directory to run the session again");
    }
  }

  /**
   * Refuses to reuse the full-data model in {@code dir} when its {@code config.json} says it was
   * trained on another split or with another training seed.
   */
  private static void requireSeeds(Path dir, long seed, long trainingSeed) throws IOException {
    Path file = new RunDirectory(dir).config();
    if (!Files.isRegularFile(file)) {
      return;
    }
    JsonNode saved = JSON.readTree(file.toFile());
    long savedSeed = saved.at("/data/seed").asLong();
    long savedTrainingSeed = saved.at("/training/seed").asLong();
    if (savedSeed != seed || savedTrainingSeed != trainingSeed) {
      throw new UsageException(
          String.format(
              "%s holds the full-data model of seed %d (training seed %d), not of seed %d"
                  + " (training seed %d); use another --out, or delete that directory to train"
                  + " it again",
              dir, savedSeed, savedTrainingSeed, seed, trainingSeed));
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
