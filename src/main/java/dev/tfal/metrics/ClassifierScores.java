package dev.tfal.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Exact metrics of a classifier over a set of examples.
 *
 * @param binary the two-class figures (loss, binary accuracy, false negatives and positives), for
 *     two classes only
 * @param multiclass accuracy, macro-F1, per-class scores and the confusion matrix, for any K
 */
public record ClassifierScores(Optional<BinaryScores> binary, MulticlassScores multiclass) {
  public ClassifierScores {
    Objects.requireNonNull(binary, "binary must not be null");
    Objects.requireNonNull(multiclass, "multiclass must not be null");
  }

  /** The mean loss: binary cross-entropy for two classes, categorical otherwise. */
  public double loss() {
    return binary.map(BinaryScores::loss).orElse(multiclass.loss());
  }

  public double accuracy() {
    return multiclass.accuracy();
  }

  public long examples() {
    return multiclass.examples();
  }

  /**
   * The progress metrics that fit K, each key prefixed with {@code prefix}: for two classes the
   * Keras four (loss, binary_accuracy, false_negatives, false_positives) as ever, otherwise loss,
   * accuracy and macro_f1.
   */
  public Map<String, Double> toLogs(String prefix) {
    return binary.map(b -> b.toLogs(prefix)).orElseGet(() -> multiclass.toLogs(prefix));
  }
}
