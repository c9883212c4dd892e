package dev.tfal.active;

import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import dev.tfal.graph.ModelWeights;
import dev.tfal.metrics.BinaryScores;
import dev.tfal.train.Evaluator;
import dev.tfal.train.TrainResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs an active-learning session: train on the labels so far (early stopping, best checkpoint per
 * round and overall), evaluate, check the stopping rule, score the unlabelled pool, select queries,
 * ask the oracle and journal every answer before it is used; repeat. Finally the overall best model
 * is evaluated on the test split.
 */
public final class ActiveLearningController {
  /** Keeps selection streams apart from training keys derived from the same seed. */
  private static final long SELECTION_SALT = 0x53454C4543544C4EL;

  /** Keeps the order that mixes pseudo-labels in apart from the other streams of the seed. */
  private static final long PSEUDO_LABEL_SALT = 0x50534555444F4C42L;

  private final LearningConfig config;
  private final LearningData data;
  private final LearningRuntime runtime;
  private final PoolState pool;
  private final EncodedExamples initial;
  private final PoolPredictor scorer;
  private final List<RoundResult> rounds = new ArrayList<>();
  private final List<Double> roundLosses = new ArrayList<>();
  private ModelWeights bestWeights;
  private Optional<ModelWeights> previousRoundWeights = Optional.empty();
  private double bestLoss = Double.POSITIVE_INFINITY;
  private int bestRound = -1;
  private int[] previousPredictions;
  private int[] validationPredictions;

  public ActiveLearningController(
      LearningConfig config,
      LearningData data,
      LearningRuntime runtime,
      Optional<ResumePoint> resume) {
    this.config = config;
    this.data = data;
    this.runtime = runtime;
    this.initial = data.encoder().apply(data.initial());
    this.pool = new PoolState(data.pool(), data.encoder());
    this.scorer =
        new PoolPredictor(runtime.model(), runtime.trainer().config().batchSize(), runtime.log());
    for (LabelRecord record : runtime.journal().records()) {
      pool.label(record);
    }
    resume.ifPresent(
        point -> {
          bestWeights = point.bestWeights();
          bestRound = point.bestRound();
          bestLoss = point.bestValidationLoss();
          roundLosses.addAll(point.roundValidationLosses());
          previousRoundWeights = point.previousRoundWeights();
        });
  }

  /** Runs rounds until the stopping rule holds, the pool is empty or the oracle must wait. */
  public LearningResult run() throws IOException {
    int round = runtime.journal().lastRound();
    restorePreviousPredictions();
    while (true) {
      RoundResult trained = trainRound(round);
      RoundStatus status = status(round, trained);
      Optional<String> stop =
          config.stopping().reason(status).or(() -> new PoolExhausted().reason(status));
      if (stop.isPresent()) {
        return finish(trained, stop.get(), false);
      }
      QueryRound query =
          new QueryRound(config, pool, scorer, runtime, selectionRandom(config.seed(), round + 1));
      QueryRound.Outcome asked = query.ask(round + 1, trained, errorsOf(trained));
      rounds.add(asked.result());
      runtime.listener().onRoundEnd(asked.result(), progress(round + 1));
      if (asked.reply().status() != OracleReply.Status.ANSWERED) {
        return finish(asked.result(), asked.reply().message(), true);
      }
      round++;
    }
  }

  private RoundResult trainRound(int round) throws IOException {
    EncodedExamples labelled = EncodedExamples.concat(initial, pool.answered());
    int positive = countPositive(labelled);
    runtime
        .log()
        .printf(
            "Round %d: training on %,d labels (%,d positive, %,d negative)%n",
            round, labelled.size(), positive, labelled.size() - positive);
    PseudoLabels pseudo = pseudoLabels(round, (double) positive / labelled.size());
    prepareWeights(round);
    long start = System.nanoTime();
    TrainResult fit =
        runtime
            .trainer()
            .fit(
                runtime.model(),
                pseudo.mixedInto(labelled, config.seed() ^ PSEUDO_LABEL_SALT ^ round),
                data.validation(),
                (weights, epoch, logs) ->
                    runtime.checkpoints().writeRoundBest(round, weights, epoch, logs),
                Optional.empty(),
                List.of());
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    runtime.model().load(fit.bestWeights());
    float[] validationLogits = Evaluator.logits(runtime.model(), data.validation(), batch());
    validationPredictions = predictions(validationLogits);
    BinaryScores validation = Evaluator.scores(validationLogits, data.validation());
    BinaryScores test = Evaluator.evaluate(runtime.model(), data.test(), batch());
    if (roundLosses.size() == round) {
      roundLosses.add(validation.loss());
    }
    if (validation.loss() < bestLoss) {
      bestLoss = validation.loss();
      bestRound = round;
      bestWeights = fit.bestWeights();
      runtime.checkpoints().writeOverallBest(round, bestWeights, fit.best());
    }
    RoundResult result =
        new RoundResult(
            round,
            labelled.size(),
            positive,
            pseudo.size(),
            pseudo.accuracy(),
            validation,
            test,
            fit.epochsRun(),
            0,
            0,
            0,
            Optional.empty(),
            trainSeconds,
            0,
            0);
    runtime
        .log()
        .printf(
            "Round %d: %,d labelled, val_binary_accuracy %.4f, val_loss %.4f, "
                + "test_binary_accuracy %.4f%n",
            round, labelled.size(), validation.accuracy(), validation.loss(), test.accuracy());
    return result;
  }

  /**
   * With self-training, the pool reviews that the best model so far predicts confidently, in the
   * labels' class ratio {@code positiveShare}, labelled with its predictions; none in round 0
   * (there is no model yet) or without self-training. A function of the best weights and the labels
   * so far, so a resumed session chooses the same. Leaves the best weights loaded; {@link
   * #prepareWeights} replaces them.
   */
  private PseudoLabels pseudoLabels(int round, double positiveShare) {
    Optional<PseudoLabelling> rule = config.pseudoLabelling();
    if (rule.isEmpty() || bestWeights == null) {
      return PseudoLabels.none(initial.sequenceLength());
    }
    runtime.model().load(bestWeights);
    List<Integer> candidates = pool.candidates();
    PseudoLabels pseudo =
        PseudoLabels.choose(
            rule.get(),
            pool,
            candidates,
            scorer.probabilities(pool, candidates),
            positiveShare,
            runtime.oracle().knowsTrueLabels());
    int positive = countPositive(pseudo.examples());
    runtime
        .log()
        .printf(
            "Round %d: plus %,d pseudo-labels (%,d positive, %,d negative): pool reviews the best"
                + " model so far predicts with confidence >= %s, in the labels' class ratio%s%n",
            round,
            pseudo.size(),
            positive,
            pseudo.size() - positive,
            rule.get().confidence(),
            pseudo
                .accuracy()
                .map(a -> String.format(Locale.ROOT, ", %.2f%% of them right", 100 * a))
                .orElse(""));
    return pseudo;
  }

  /**
   * After a resume, the validation predictions of the round before the first one trained here, so
   * that the stable-kappa rule compares that round with its predecessor as an uninterrupted session
   * does. Leaves those weights loaded; {@link #prepareWeights} replaces them.
   */
  private void restorePreviousPredictions() {
    previousRoundWeights.ifPresent(
        weights -> {
          runtime.model().load(weights);
          previousPredictions =
              predictions(Evaluator.logits(runtime.model(), data.validation(), batch()));
        });
  }

  private void prepareWeights(int round) {
    if (round == 0 && bestWeights == null) {
      return;
    }
    if (config.roundStart() == RoundStart.RESET) {
      runtime.model().load(ModelWeights.initial(runtime.model().spec(), config.seed() + round));
    } else if (bestWeights != null) {
      runtime.model().load(bestWeights);
    }
    runtime.model().resetOptimizer();
  }

  private RoundStatus status(int round, RoundResult trained) {
    RoundStatus status =
        new RoundStatus(
            round,
            trained.labelled(),
            pool.remaining(),
            trained.validation().accuracy(),
            Optional.empty());
    RoundStatus withKappa =
        previousPredictions == null
            ? status
            : status.withKappa(CohensKappa.of(previousPredictions, validationPredictions));
    previousPredictions = validationPredictions;
    return withKappa;
  }

  private ClassErrors errorsOf(RoundResult trained) {
    BinaryScores source =
        config.ratioSource() == RatioSource.TEST ? trained.test() : trained.validation();
    return new ClassErrors(source.falseNegatives(), source.falsePositives());
  }

  private LearningResult finish(RoundResult last, String reason, boolean pending)
      throws IOException {
    if (!pending) {
      rounds.add(last);
      runtime.listener().onRoundEnd(last, progress(last.round()));
    }
    runtime.log().println("Stopping: " + reason);
    runtime.model().load(bestWeights);
    BinaryScores test = Evaluator.evaluate(runtime.model(), data.test(), batch());
    return new LearningResult(
        rounds, reason, bestRound, bestWeights, test, last.labelled(), pending);
  }

  private LearningProgress progress(int completedRounds) {
    List<String> ids = new ArrayList<>(data.initial().stream().map(Example::id).toList());
    ids.addAll(pool.answeredIds());
    return new LearningProgress(completedRounds, ids, bestRound, bestLoss, roundLosses);
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

  private int batch() {
    return runtime.trainer().config().batchSize();
  }

  private static int countPositive(EncodedExamples examples) {
    int positive = 0;
    for (int i = 0; i < examples.size(); i++) {
      positive += examples.label(i) > 0.5f ? 1 : 0;
    }
    return positive;
  }

  private static int[] predictions(float[] logits) {
    int[] predicted = new int[logits.length];
    for (int i = 0; i < logits.length; i++) {
      predicted[i] = logits[i] > 0 ? 1 : 0;
    }
    return predicted;
  }
}
