package dev.tfal.active;

import dev.tfal.data.Example;
import dev.tfal.graph.ModelWeights;
import dev.tfal.metrics.BinaryScores;
import dev.tfal.train.Evaluator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs an active-learning session, round by round: train on the labels so far, evaluate, check the
 * stopping rule, query the oracle (journaling every answer before it is used), record; repeat.
 * Finally the session's best model, by the training's monitor, is evaluated on the test split.
 */
public final class ActiveLearningController {
  /** Keeps selection streams apart from training keys derived from the same seed. */
  private static final long SELECTION_SALT = 0x53454C4543544C4EL;

  private final LearningConfig config;
  private final LearningData data;
  private final SessionModel session;
  private final Labelling labelling;
  private final RoundListener listener;
  private final PrintStream log;
  private final PoolState pool;
  private final RoundTraining training;
  private final QueryRound query;
  private final StoppingRule stopping;
  private final List<RoundResult> results = new ArrayList<>();
  private final Optional<ResumePoint> resume;
  private MonitoredRounds rounds;
  private Optional<ModelWeights> bestWeights;

  /**
   * A session on {@code data}; with {@code resume}, the continuation of one whose answers {@code
   * labelling}'s journal holds.
   */
  public ActiveLearningController(
      LearningConfig config,
      LearningData data,
      SessionModel session,
      Labelling labelling,
      RoundListener listener,
      PrintStream log,
      Optional<ResumePoint> resume) {
    this.config = config;
    this.data = data;
    this.session = session;
    this.labelling = labelling;
    this.listener = listener;
    this.log = log;
    this.pool = new PoolState(data.pool(), data.encoder());
    labelling.journal().records().forEach(pool::label);
    PoolPredictor predictor = new PoolPredictor(session.model(), session.batchSize(), log);
    this.training =
        new RoundTraining(
            data,
            pool,
            session,
            predictor,
            config.pseudoLabelling(),
            labelling.oracle().knowsTrueLabels(),
            log);
    this.query = new QueryRound(config, config.queryStrategy(), pool, predictor, labelling, log);
    this.stopping = config.stoppingRule();
    this.resume = resume;
    this.rounds =
        resume
            .map(ResumePoint::rounds)
            .orElse(MonitoredRounds.none(session.trainer().config().monitor()));
    this.bestWeights = resume.map(ResumePoint::bestWeights);
  }

  /** Runs rounds until the stopping rule holds, the pool is empty or the oracle must wait. */
  public LearningResult run() throws IOException {
    int round = labelling.journal().lastRound();
    resume
        .flatMap(ResumePoint::previousRoundWeights)
        .ifPresent(weights -> stopping.resumeAfter(training.validationPredictions(weights)));
    while (true) {
      TrainedRound trained = training.train(round, startingWeights(round), bestWeights);
      RoundEvaluation evaluated = training.evaluate(trained);
      keepIfBest(evaluated);
      Optional<String> stop = stopping.reason(status(round, evaluated));
      if (stop.isPresent()) {
        record(RoundResult.of(evaluated, QueryResult.none()), round);
        return finish(stop.get(), false);
      }
      QueryRound.Asked asked =
          query.ask(
              round + 1,
              trained.labelled(),
              errorsOf(evaluated),
              selectionRandom(session.seed(), round + 1));
      record(RoundResult.of(evaluated, asked.queries()), round + 1);
      if (asked.reply().status() != OracleReply.Status.ANSWERED) {
        return finish(asked.reply().message(), true);
      }
      round++;
    }
  }

  /**
   * Round 0 starts from the model as opened; a later round from fresh weights of its own with
   * {@link RoundStart#RESET}, else from the best model so far (which a session that lost its state
   * before the first round ended does not have: it goes on from the model as opened).
   */
  private StartingWeights startingWeights(int round) {
    if (round > 0 && config.roundStart() == RoundStart.RESET) {
      return new StartingWeights.Fresh(
          ModelWeights.initial(session.model().spec(), session.seed() + round));
    }
    return bestWeights
        .<StartingWeights>map(StartingWeights.BestSoFar::new)
        .orElse(new StartingWeights.AsOpened());
  }

  /** Records the round's monitored value; a new best becomes the session's best model. */
  private void keepIfBest(RoundEvaluation evaluated) throws IOException {
    TrainedRound trained = evaluated.trained();
    rounds = rounds.after(trained.round(), evaluated.monitored(rounds.monitor()));
    if (rounds.bestRound() == trained.round()) {
      bestWeights = Optional.of(trained.fit().bestWeights());
      session
          .checkpoints()
          .writeOverallBest(trained.round(), bestWeights.get(), trained.fit().best());
    }
  }

  private RoundStatus status(int round, RoundEvaluation evaluated) {
    return new RoundStatus(
        round,
        evaluated.trained().labelled(),
        pool.remaining(),
        evaluated.validation().accuracy(),
        evaluated.validationPredictions());
  }

  private ClassErrors errorsOf(RoundEvaluation evaluated) {
    BinaryScores source =
        config.ratioSource() == RatioSource.TEST ? evaluated.test() : evaluated.validation();
    return new ClassErrors(source.falseNegatives(), source.falsePositives());
  }

  /** Keeps the round's result and tells the listener, with the state after it. */
  private void record(RoundResult result, int completedRounds) throws IOException {
    results.add(result);
    List<String> ids = new ArrayList<>(data.initial().stream().map(Example::id).toList());
    ids.addAll(pool.answeredIds());
    listener.onRoundEnd(
        result, new SessionState(completedRounds, ids, rounds, config.strategy(), session.seed()));
  }

  private LearningResult finish(String reason, boolean pending) {
    log.println("Stopping: " + reason);
    ModelWeights best = bestWeights.orElseThrow();
    session.model().load(best);
    BinaryScores test = Evaluator.evaluate(session.model(), data.test(), session.batchSize());
    RoundResult last = results.get(results.size() - 1);
    return new LearningResult(
        results, reason, rounds.bestRound(), best, test, last.labelled(), pending);
  }

  /**
   * The random source of round {@code round}'s selection: a function of the seed and the round only
   * (not the next split of one stream, which would restart with a resume), so a resumed session
   * selects as the uninterrupted one did. Salted apart from the training's keys of the same seed.
   */
  static SplittableRandom selectionRandom(long seed, int round) {
    long salted = seed ^ SELECTION_SALT ^ (0x9E3779B97F4A7C15L * (round + 1L));
    return new SplittableRandom(new SplittableRandom(salted).nextLong());
  }
}
