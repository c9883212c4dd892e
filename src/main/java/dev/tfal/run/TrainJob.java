package dev.tfal.run;

import dev.tfal.data.SplitIds;
import dev.tfal.export.CheckpointExporter;
import dev.tfal.export.ModelMetadata;
import dev.tfal.graph.ModelSession;
import dev.tfal.graph.ModelWeights;
import dev.tfal.io.RunLock;
import dev.tfal.metrics.BinaryScores;
import dev.tfal.text.VocabularyFile;
import dev.tfal.train.EncodedExamples;
import dev.tfal.train.Evaluator;
import dev.tfal.train.TrainResult;
import dev.tfal.train.Trainer;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tfal train}: the reference's full-data model. Reads and splits the data, adapts the
 * vocabulary on the initial split, trains on initial + pool with validation each epoch, keeps the
 * best epoch as a SavedModel, evaluates it on the test split, draws the curves and writes the run
 * directory.
 */
public final class TrainJob {
  public static final String VERSION = "0.1.0";

  private final TrainJobConfig config;
  private final PrintStream log;

  public TrainJob(TrainJobConfig config, PrintStream log) {
    this.config = config;
    this.log = log;
  }

  public TrainOutcome run() throws IOException {
    long start = System.nanoTime();
    RunDirectory.requireUnused(config.runDir());
    PreparedData data = DataPreparation.prepare(config.data(), log);
    RunDirectory dir = RunDirectory.create(config.runDir());
    try (RunLock lock = RunLock.acquireEmpty(dir.root())) {
      return train(data, dir, start);
    }
  }

  private TrainOutcome train(PreparedData data, RunDirectory dir, long start) throws IOException {
    ResolvedConfig.write(config, dir.config());
    SplitIds.write(dir.root(), data.splits());
    VocabularyFile.save(data.vectorizer().vocabulary(), dir.vocabulary());
    EncodedExamples train = data.encode(data.splits().fullTraining());
    EncodedExamples validation = data.encode(data.splits().validation());
    EncodedExamples test = data.encode(data.splits().test());
    log.printf("Training on %,d reviews, validating on %,d%n", train.size(), validation.size());
    try (ModelSession model =
        ModelSession.open(
            config.model(), config.optimizer(), config.runtime(), config.training().seed())) {
      TrainResult result = fit(model, data, train, validation, dir);
      model.load(result.bestWeights());
      BinaryScores scores = Evaluator.evaluate(model, test, config.training().batchSize());
      HistoryCharts.write(result.epochs(), dir.lossChart(), dir.accuracyChart());
      TrainOutcome outcome =
          new TrainOutcome(dir, result, scores, train.size(), (System.nanoTime() - start) / 1e9);
      MetricsReport.write(MetricsReport.of(outcome), dir.metrics());
      return outcome;
    }
  }

  private TrainResult fit(
      ModelSession model,
      PreparedData data,
      EncodedExamples train,
      EncodedExamples validation,
      RunDirectory dir)
      throws IOException {
    Trainer trainer =
        new Trainer(config.training(), log, config.progress() == ProgressStyle.REDRAW);
    ModelMetadata metadata =
        new ModelMetadata(VERSION, config.model(), 0, Map.of(), describe(data));
    ModelWeights initial = model.weights();
    try (CheckpointExporter exporter =
        new CheckpointExporter(initial, data.vectorizer().vocabulary(), metadata)) {
      return trainer.fit(
          model,
          train,
          validation,
          (weights, epoch, logs) -> exporter.write(dir.best(), weights, epoch, logs.asMap()),
          Optional.of(dir.history()),
          List.of());
    }
  }

  private String describe(PreparedData data) {
    return data.corpus().source().getFileName()
        + ": "
        + data.splits().fullTraining().size()
        + " training reviews";
  }
}
