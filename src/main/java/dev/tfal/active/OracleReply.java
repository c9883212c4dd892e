package dev.tfal.active;

import java.util.List;

/**
 * What an oracle gave back for a round's queries.
 *
 * @param labels the answers it has now
 * @param status whether the round is answered, waits for offline labels, or the annotator quit
 * @param message what the user must do next, shown when the status is not ANSWERED
 */
public record OracleReply(List<LabelRecord> labels, Status status, String message) {
  /** How a reply ends the round. */
  public enum Status {
    ANSWERED,
    PENDING,
    QUIT
  }

  public OracleReply {
    labels = List.copyOf(labels);
  }

  public static OracleReply answered(List<LabelRecord> labels) {
    return new OracleReply(labels, Status.ANSWERED, "");
  }
}
