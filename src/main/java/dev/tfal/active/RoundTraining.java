package dev.tfal.active;

import dev.tfal.data.EncodedExamples;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.TrainableModel;
import dev.tfal.metrics.BinaryScores;
import dev.tfal.train.Evaluator;
import dev.tfal.train.TrainResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Trains a round's model on the labels so far (plus pseudo-labels with self-training) and evaluates
 * its best epoch on the fixed splits.
 */
final class RoundTraining {
  /** Keeps the order that mixes pseudo-labels in apart from the other streams of the seed. */
  private static final long PSEUDO_LABEL_SALT = 0x50534555444F4C42L;

  private final LearningData data;
  private final EncodedExamples initial;
  private final PoolState pool;
  private final SessionModel session;
  private final PoolPredictor predictor;
  private final Optional<PseudoLabelling> pseudoLabelling;
  private final boolean oracleKnowsLabels;
  private final PrintStream log;

  RoundTraining(
      LearningData data,
      PoolState pool,
      SessionModel session,
      PoolPredictor predictor,
      Optional<PseudoLabelling> pseudoLabelling,
      boolean oracleKnowsLabels,
      PrintStream log) {
    this.data = data;
    this.initial = data.encoder().apply(data.initial());
    this.pool = pool;
    this.session = session;
    this.predictor = predictor;
    this.pseudoLabelling = pseudoLabelling;
    this.oracleKnowsLabels = oracleKnowsLabels;
    this.log = log;
  }

  /**
   * Trains round {@code round} from {@code start} on the initial labels and the answers so far,
   * writing its best epoch as the round's checkpoint.
   *
   * @param best the session's best model so far, which chooses the pseudo-labels; none in round 0
   */
  TrainedRound train(int round, StartingWeights start, Optional<ModelWeights> best) {
    EncodedExamples labelled = EncodedExamples.concat(initial, pool.answered());
    int positive = countPositive(labelled);
    log.printf(
        "Round %d: training on %,d labels (%,d positive, %,d negative)%n",
        round, labelled.size(), positive, labelled.size() - positive);
    PseudoLabels pseudo = pseudoLabels(round, (double) positive / labelled.size(), best);
    start.loadInto(session.model());
    long started = System.nanoTime();
    TrainResult fit =
        session
            .trainer()
            .fit(
                session.model(),
                pseudo.mixedInto(labelled, session.seed() ^ PSEUDO_LABEL_SALT ^ round),
                data.validation(),
                (weights, epoch, logs) ->
                    session.checkpoints().writeRoundBest(round, weights, epoch, logs),
                Optional.empty(),
                List.of());
    double seconds = (System.nanoTime() - started) / 1e9;
    return new TrainedRound(
        round, labelled.size(), positive, pseudo.size(), pseudo.accuracy(), fit, seconds);
  }

  /** Loads the round's best epoch and evaluates it on the validation and test splits. */
  RoundEvaluation evaluate(TrainedRound trained) {
    TrainableModel model = session.model();
    model.load(trained.fit().bestWeights());
    float[] logits = Evaluator.logits(model, data.validation(), session.batchSize());
    BinaryScores validation = Evaluator.scores(logits, data.validation());
    BinaryScores test = Evaluator.evaluate(model, data.test(), session.batchSize());
    log.printf(
        "Round %d: %,d labelled, val_binary_accuracy %.4f, val_loss %.4f, "
            + "test_binary_accuracy %.4f%n",
        trained.round(),
        trained.labelled(),
        validation.accuracy(),
        validation.loss(),
        test.accuracy());
    return new RoundEvaluation(trained, validation, test, predictions(logits));
  }

  /** The predicted class of every validation example under {@code weights}, which it loads. */
  int[] validationPredictions(ModelWeights weights) {
    session.model().load(weights);
    return predictions(Evaluator.logits(session.model(), data.validation(), session.batchSize()));
  }

  /**
   * With self-training, the pool reviews that the best model so far predicts confidently, in the
   * labels' class ratio {@code positiveShare}, labelled with its predictions; none in round 0
   * (there is no model yet) or without self-training. A function of the best weights and the labels
   * so far, so a resumed session chooses the same. Leaves the best weights loaded.
   */
  private PseudoLabels pseudoLabels(int round, double positiveShare, Optional<ModelWeights> best) {
    if (pseudoLabelling.isEmpty() || best.isEmpty()) {
      return PseudoLabels.none(initial.sequenceLength());
    }
    session.model().load(best.get());
    List<Integer> candidates = pool.candidates();
    PseudoLabelling rule = pseudoLabelling.get();
    PseudoLabels pseudo =
        PseudoLabels.choose(
            rule,
            pool,
            candidates,
            predictor.probabilities(pool, candidates),
            positiveShare,
            oracleKnowsLabels);
    int positive = countPositive(pseudo.examples());
    log.printf(
        "Round %d: plus %,d pseudo-labels (%,d positive, %,d negative): pool reviews the best"
            + " model so far predicts with confidence >= %s, in the labels' class ratio%s%n",
        round,
        pseudo.size(),
        positive,
        pseudo.size() - positive,
        rule.confidence(),
        pseudo
            .accuracy()
            .map(a -> String.format(Locale.ROOT, ", %.2f%% of them right", 100 * a))
            .orElse(""));
    return pseudo;
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
