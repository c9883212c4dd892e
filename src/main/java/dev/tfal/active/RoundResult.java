package dev.tfal.active;

import dev.tfal.metrics.BinaryScores;
import java.util.Optional;

/**
 * One round of an active-learning session: the model trained on the labels so far, then (unless the
 * session stopped) the queries it chose.
 *
 * @param round 0 for the initial labelled set, then 1, 2, ...
 * @param labelled labels the model of this round trained on
 * @param labelledPositive of which positive
 * @param pseudoLabelled pool reviews it also trained on with its predecessor's predictions as
 *     labels (self-training; 0 without it)
 * @param pseudoLabelAccuracy share of those pseudo-labels that match the held labels, when the
 *     oracle knows them
 * @param validation the round's best model on the validation split
 * @param test the round's best model on the test split
 * @param epochs epochs run in the round
 * @param queried labels asked for after training (0 in the last round)
 * @param queriedPositive of which the oracle said positive
 * @param audited of the queried, drawn uniformly as an audit slice
 * @param auditAccuracy the round's model's accuracy on the audit slice, if there was one
 * @param trainSeconds training time
 * @param scoreSeconds pool scoring time
 * @param selectSeconds selection time
 */
public record RoundResult(
    int round,
    int labelled,
    int labelledPositive,
    int pseudoLabelled,
    Optional<Double> pseudoLabelAccuracy,
    BinaryScores validation,
    BinaryScores test,
    int epochs,
    int queried,
    int queriedPositive,
    int audited,
    Optional<Double> auditAccuracy,
    double trainSeconds,
    double scoreSeconds,
    double selectSeconds) {

  public int labelledNegative() {
    return labelled - labelledPositive;
  }

  public int queriedNegative() {
    return queried - queriedPositive;
  }

  /** The result of a round that trained, was evaluated, then asked {@code queries}. */
  static RoundResult of(RoundEvaluation evaluated, QueryResult queries) {
    TrainedRound trained = evaluated.trained();
    return new RoundResult(
        trained.round(),
        trained.labelled(),
        trained.labelledPositive(),
        trained.pseudoLabelled(),
        trained.pseudoLabelAccuracy(),
        evaluated.validation(),
        evaluated.test(),
        trained.fit().epochsRun(),
        queries.queried(),
        queries.queriedPositive(),
        queries.audited(),
        queries.auditAccuracy(),
        trained.seconds(),
        queries.scoreSeconds(),
        queries.selectSeconds());
  }
}
