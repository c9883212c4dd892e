package dev.tfal.metrics;

import java.util.Objects;

/**
 * Precision, recall and F1 of one class, counted one-vs-rest from a confusion matrix. A ratio whose
 * denominator is 0 is 0, as scikit-learn's {@code zero_division=0}: precision of a class never
 * predicted, recall of a class with no support, F1 of a class neither present nor predicted.
 *
 * @param label the class name
 * @param precision true positives / examples predicted as this class
 * @param recall true positives / examples of this class ({@code support})
 * @param f1 harmonic mean of precision and recall, {@code 2 tp / (predicted + support)}
 * @param support examples whose true class this is
 */
public record ClassScores(String label, double precision, double recall, double f1, long support) {
  public ClassScores {
    Objects.requireNonNull(label, "label must not be null");
    if (support < 0) {
      throw new IllegalArgumentException("support must be >= 0, got " + support);
    }
  }

  /** The scores of class {@code id} in {@code confusion}. */
  static ClassScores of(ConfusionMatrix confusion, int id) {
    long truePositives = confusion.count(id, id);
    long predicted = confusion.predicted(id);
    long support = confusion.support(id);
    return new ClassScores(
        confusion.labels().name(id),
        ratio(truePositives, predicted),
        ratio(truePositives, support),
        ratio(2 * truePositives, predicted + support),
        support);
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? 0.0 : (double) numerator / denominator;
  }
}
