package dev.tfal.active;

/**
 * The current model's mistakes per class on the split the ratio rules read (the reference reads
 * them from the test split).
 *
 * @param falseNegatives positives predicted negative
 * @param falsePositives negatives predicted positive
 */
public record ClassErrors(long falseNegatives, long falsePositives) {
  public ClassErrors {
    if (falseNegatives < 0) {
      throw new IllegalArgumentException("falseNegatives must be >= 0, got " + falseNegatives);
    }
    if (falsePositives < 0) {
      throw new IllegalArgumentException("falsePositives must be >= 0, got " + falsePositives);
    }
  }

  /** No mistakes, or none known: the ratio rules then split their budget evenly. */
  public static ClassErrors none() {
    return new ClassErrors(0, 0);
  }

  /** False negatives plus false positives. */
  public long total() {
    return falseNegatives + falsePositives;
  }
}
