package dev.tfal.active;

/**
 * How many negatives and positives the ratio rules query, from the Keras reference: class shares
 * {@code FN / (FN + FP)} for negatives and {@code FP / (FN + FP)} for positives (0.5 each when FN
 * or FP is 0), each multiplied by {@code n} and truncated. As in the reference, the share is
 * computed first in double precision and then multiplied, so rounding may cost an item beyond the
 * truncation (FN = 29, FP = 71, n = 100 gives 28 negatives, not 29), and the two budgets may sum to
 * less than {@code n}.
 *
 * @param negatives items to take from the negative class
 * @param positives items to take from the positive class
 */
public record ClassBudget(int negatives, int positives) {
  public ClassBudget {
    if (negatives < 0) {
      throw new IllegalArgumentException("negatives must be >= 0, got " + negatives);
    }
    if (positives < 0) {
      throw new IllegalArgumentException("positives must be >= 0, got " + positives);
    }
  }

  /** The reference rule's budget for {@code n} items given the current model's errors. */
  public static ClassBudget of(ClassErrors errors, int n) {
    Ranking.checkCount(n);
    long fn = errors.falseNegatives();
    long fp = errors.falsePositives();
    if (fn == 0 || fp == 0) {
      return new ClassBudget((int) (0.5 * n), (int) (0.5 * n));
    }
    double total = fn + fp;
    return new ClassBudget((int) (fn / total * n), (int) (fp / total * n));
  }

  /** Negatives plus positives. */
  public int total() {
    return negatives + positives;
  }
}
