package dev.tfal.active;

import java.util.Optional;

/**
 * What a round asked after its training, and how long that took.
 *
 * @param queried labels the oracle gave
 * @param queriedPositive of which positive
 * @param audited queries drawn uniformly as an audit slice
 * @param auditAccuracy the round's model's accuracy on the audit slice, if there was one
 * @param scoreSeconds pool scoring time
 * @param selectSeconds selection time
 */
record QueryResult(
    int queried,
    int queriedPositive,
    int audited,
    Optional<Double> auditAccuracy,
    double scoreSeconds,
    double selectSeconds) {

  /** The last round of a session, which asks nothing. */
  static QueryResult none() {
    return new QueryResult(0, 0, 0, Optional.empty(), 0, 0);
  }
}
