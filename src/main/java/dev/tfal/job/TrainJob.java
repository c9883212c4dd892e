package dev.tfal.job;

import dev.tfal.data.EncodedExamples;
import dev.tfal.data.SplitIds;
import dev.tfal.error.UsageException;
import dev.tfal.export.CheckpointExporter;
import dev.tfal.export.ModelMetadata;
import dev.tfal.graph.ModelSession;
import dev.tfal.io.RunLock;
import dev.tfal.metrics.ClassifierScores;
import dev.tfal.report.ConfusionReport;
import dev.tfal.report.HistoryCharts;
import dev.tfal.report.MetricsReport;
import dev.tfal.rundir.RunConfig;
import dev.tfal.rundir.RunConfigFile;
import dev.tfal.rundir.RunDirectory;
import dev.tfal.rundir.SessionFiles;
import dev.tfal.text.VocabularyFile;
import dev.tfal.train.Evaluator;
import dev.tfal.train.FitSetup;
import dev.tfal.train.TrainResult;
import dev.tfal.train.TrainState;
import dev.tfal.train.TrainStateFile;
import dev.tfal.train.Trainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tfal train}: the reference's full-data model. Reads and splits the data, adapts the
 * vocabulary on the initial split, trains on initial + pool with validation each epoch, keeps the
 * best epoch as a SavedModel, evaluates it on the test split, draws the curves and writes the run
 * directory. After every epoch the fit's state goes to {@code train-state.bin}, from which {@link
 * #resume()} continues an interrupted run exactly.
 */
public final class TrainJob {
  public static final String VERSION = "0.1.0";

  private final TrainJobConfig given;
  private final PrintStream log;
  private TrainJobConfig config;

  public TrainJob(TrainJobConfig config, PrintStream log) {
    this.given = config;
    this.config = config;
    this.log = log;
  }

  /** Reads and splits the data, and sizes the model's output for the data's classes. */
  private PreparedData prepare() throws IOException {
    PreparedData data = DataPreparation.prepare(given.data(), log);
    config = given.withClasses(data.corpus().labels().size());
    return data;
  }

  /** Trains in a new run directory. */
  public TrainJobResult run() throws IOException {
    long start = System.nanoTime();
    RunDirectory.requireUnused(config.runDir());
    PreparedData data = prepare();
    RunDirectory dir = RunDirectory.create(config.runDir());
    try (RunLock lock = RunLock.acquireEmpty(dir.root())) {
      RunConfigFile.write(RunConfig.of(config), dir.config());
      writeSetup(data, dir);
      return train(data, dir, Optional.empty(), start);
    }
  }

  /**
   * Continues the interrupted run in the run directory from the state of its last completed epoch,
   * or from the start if none completed; the epoch that was running is done again.
   *
   * @throws UsageException if the run has finished (it has a {@code metrics.json})
   */
  public TrainJobResult resume() throws IOException {
    long start = System.nanoTime();
    RunDirectory dir = new RunDirectory(config.runDir());
    if (!Files.isDirectory(dir.root())) {
      throw new UsageException("no run directory " + dir.root() + " to resume");
    }
    try (RunLock lock = RunLock.acquire(dir.root())) {
      if (Files.exists(dir.metrics())) {
        throw new UsageException(
            "run "
                + dir.root()
                + " has finished (it has metrics.json); there is nothing to resume");
      }
      PreparedData fresh = prepare();
      Optional<TrainState> state = TrainStateFile.read(dir.trainState(), config.model());
      if (state.isEmpty()) {
        log.println("No completed epoch in " + dir.root() + "; training from the start");
        writeSetup(fresh, dir);
        return train(fresh, dir, state, start);
      }
      return train(SessionFiles.reload(fresh, dir), dir, state, start);
    }
  }

  /** The splits and the vocabulary; the record is written once, when the run starts. */
  private void writeSetup(PreparedData data, RunDirectory dir) throws IOException {
    SplitIds.write(dir.root(), data.splits());
    VocabularyFile.save(data.vectorizer().vocabulary(), dir.vocabulary());
  }

  private TrainJobResult train(
      PreparedData data, RunDirectory dir, Optional<TrainState> state, long start)
      throws IOException {
    EncodedExamples train = data.encode(data.splits().fullTraining());
    EncodedExamples validation = data.encode(data.splits().validation());
    EncodedExamples test = data.encode(data.splits().test());
    log.printf("Training on %,d reviews, validating on %,d%n", train.size(), validation.size());
    try (ModelSession model =
        ModelSession.open(
            config.model(), config.optimizer(), config.runtime(), config.training().seed())) {
      TrainResult result = fit(model, data, train, validation, dir, state);
      log.printf(
          "Evaluating the best epoch (%d) on %,d test reviews%n",
          result.bestEpoch() + 1, test.size());
      model.load(result.bestWeights());
      ClassifierScores scores =
          Evaluator.classify(model, test, config.training().batchSize(), data.corpus().labels());
      HistoryCharts.write(result.epochs(), dir.lossChart(), dir.accuracyChart());
      ConfusionReport.write(scores.multiclass().confusion(), dir);
      TrainJobResult outcome =
          new TrainJobResult(dir, result, scores, train.size(), (System.nanoTime() - start) / 1e9);
      MetricsReport.write(MetricsReport.of(outcome), dir.metrics());
      return outcome;
    }
  }

  private TrainResult fit(
      ModelSession model,
      PreparedData data,
      EncodedExamples train,
      EncodedExamples validation,
      RunDirectory dir,
      Optional<TrainState> state)
      throws IOException {
    Trainer trainer =
        new Trainer(config.training(), log, config.progress() == ProgressStyle.REDRAW);
    ModelMetadata metadata =
        new ModelMetadata(
            VERSION, config.model(), 0, Map.of(), describe(data), data.corpus().labels().names());
    try (CheckpointExporter exporter =
        new CheckpointExporter(model.weights(), data.vectorizer().vocabulary(), metadata)) {
      FitSetup setup =
          FitSetup.of(
                  (weights, epoch, logs) ->
                      exporter.write(dir.best(), weights, epoch, logs.asMap()),
                  Optional.of(dir.history()),
                  List.of())
              .withStateFile(dir.trainState())
              .withResumeFrom(state);
      return trainer.fit(model, train, validation, setup);
    }
  }

  private String describe(PreparedData data) {
    return data.corpus().source().getFileName()
        + ": "
        + data.splits().fullTraining().size()
        + " training reviews";
  }
}
