package dev.tfal.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tfal.active.ActiveLearningController;
import dev.tfal.active.LabelJournal;
import dev.tfal.active.Labelling;
import dev.tfal.active.LearningData;
import dev.tfal.active.LearningResult;
import dev.tfal.active.Oracle;
import dev.tfal.active.Oracles;
import dev.tfal.active.ResumePoint;
import dev.tfal.active.RoundCheckpoints;
import dev.tfal.active.RoundResult;
import dev.tfal.active.SessionModel;
import dev.tfal.active.SessionState;
import dev.tfal.data.SplitIds;
import dev.tfal.export.CheckpointExporter;
import dev.tfal.export.ModelMetadata;
import dev.tfal.graph.ModelSession;
import dev.tfal.graph.ModelWeights;
import dev.tfal.io.RunLock;
import dev.tfal.report.LearnCharts;
import dev.tfal.report.LearnReport;
import dev.tfal.report.MetricsReport;
import dev.tfal.report.RoundsReport;
import dev.tfal.rundir.LearnDirectory;
import dev.tfal.rundir.RunConfig;
import dev.tfal.rundir.RunConfigFile;
import dev.tfal.rundir.RunDirectory;
import dev.tfal.rundir.SessionFiles;
import dev.tfal.rundir.SessionStateFile;
import dev.tfal.train.EpochLogs;
import dev.tfal.train.Trainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tfal learn}: an active-learning session on the initial split with the pool as the
 * unlabelled candidates, writing every answer to the label journal before it is used, the session
 * state and rounds.csv after every round, the best model per round and overall, and the learning
 * curve.
 */
public final class LearnJob {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final LearnJobConfig config;
  private final PrintStream log;
  private final Optional<BufferedReader> annotator;

  /** A job without a terminal: every oracle but prompt. */
  public LearnJob(LearnJobConfig config, PrintStream log) {
    this(config, log, Optional.empty());
  }

  /**
   * @param annotator where the prompt oracle reads its annotator's answers (the terminal's input);
   *     the reviews are shown on {@code log}
   */
  public LearnJob(LearnJobConfig config, PrintStream log, Optional<BufferedReader> annotator) {
    this.config = config;
    this.log = log;
    this.annotator = annotator;
  }

  public LearnJobResult run() throws IOException {
    long start = System.nanoTime();
    TrainJobConfig base = config.base();
    if (config.start() == LearnJobConfig.Start.RESUME) {
      try (RunLock lock = RunLock.acquire(base.runDir())) {
        PreparedData data = DataPreparation.prepare(base.data(), log);
        DataPreparation.requireBinary(data, "tfal learn");
        LearnDirectory dir = new LearnDirectory(new RunDirectory(base.runDir()));
        PreparedData reloaded = SessionFiles.reload(data, dir.run());
        SessionFiles.requireJournal(dir);
        return finish(reloaded, dir, start);
      }
    }
    RunDirectory.requireUnused(base.runDir());
    PreparedData data = DataPreparation.prepare(base.data(), log);
    DataPreparation.requireBinary(data, "tfal learn");
    LearnDirectory dir = new LearnDirectory(RunDirectory.create(base.runDir()));
    try (RunLock lock = RunLock.acquireEmpty(dir.run().root())) {
      RunConfigFile.write(RunConfig.of(config), dir.run().config());
      SplitIds.write(dir.run().root(), data.splits());
      dev.tfal.text.VocabularyFile.save(data.vectorizer().vocabulary(), dir.run().vocabulary());
      return finish(data, dir, start);
    }
  }

  private LearnJobResult finish(PreparedData data, LearnDirectory dir, long start)
      throws IOException {
    LearningResult outcome = session(data, dir);
    LearnCharts.write(dir.rounds(), dir.learningCurve());
    LearnJobResult result = new LearnJobResult(dir, outcome, (System.nanoTime() - start) / 1e9);
    MetricsReport.write(LearnReport.of(result, config.learning()), dir.run().metrics());
    return result;
  }

  private LearningResult session(PreparedData data, LearnDirectory dir) throws IOException {
    TrainJobConfig base = config.base();
    Trainer trainer = new Trainer(base.training(), log, base.progress() == ProgressStyle.REDRAW);
    try (ModelSession model =
            ModelSession.open(
                base.model(), base.optimizer(), base.runtime(), base.training().seed());
        LabelJournal journal = LabelJournal.open(dir.journal());
        CheckpointExporter exporter =
            new CheckpointExporter(
                model.weights(), data.vectorizer().vocabulary(), metadata(data))) {
      Optional<SessionState> saved =
          SessionFiles.readState(dir, journal, data.splits().initial(), base.training().monitor());
      Oracle oracle = Oracles.create(config.learning().oracle(), base.runDir(), annotator, log);
      if (config.start() == LearnJobConfig.Start.RESUME) {
        oracle.resume(journal);
      }
      Optional<ResumePoint> resume =
          saved.isEmpty()
              ? Optional.empty()
              : SessionFiles.resumePoint(dir, base.model(), saved.get(), journal.lastRound());
      RoundsReport rounds =
          config.start() == LearnJobConfig.Start.RESUME
              ? RoundsReport.resume(dir.rounds(), journal.lastRound())
              : RoundsReport.create(dir.rounds());
      return new ActiveLearningController(
              config.learning(),
              learningData(data),
              new SessionModel(model, trainer, checkpoints(exporter, dir)),
              new Labelling(oracle, journal),
              (result, state) -> onRound(rounds, dir, result, state),
              log,
              resume)
          .run();
    }
  }

  private static LearningData learningData(PreparedData data) {
    return new LearningData(
        data.splits().initial(),
        data.splits().pool(),
        data::encode,
        data.encode(data.splits().validation()),
        data.encode(data.splits().test()));
  }

  private ModelMetadata metadata(PreparedData data) {
    return new ModelMetadata(
        TrainJob.VERSION,
        config.base().model(),
        0,
        Map.of(),
        data.corpus().source().getFileName() + ": active learning");
  }

  private static RoundCheckpoints checkpoints(CheckpointExporter exporter, LearnDirectory dir) {
    return new RoundCheckpoints() {
      @Override
      public Path writeRoundBest(int round, ModelWeights weights, int epoch, EpochLogs logs)
          throws IOException {
        return exporter.write(dir.roundBest(round), weights, epoch, logs.asMap());
      }

      @Override
      public Path writeOverallBest(int round, ModelWeights weights, EpochLogs logs)
          throws IOException {
        return exporter.write(dir.run().best(), weights, 0, logs.asMap());
      }
    };
  }

  private void onRound(
      RoundsReport rounds, LearnDirectory dir, RoundResult result, SessionState state)
      throws IOException {
    rounds.add(result);
    SessionStateFile.write(dir.state(), state);
    LearnCharts.write(dir.rounds(), dir.learningCurve());
  }
}
