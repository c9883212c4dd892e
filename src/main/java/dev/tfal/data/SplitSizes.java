package dev.tfal.data;

/**
 * How many examples the fixed splits get, counted over both classes. Each split takes half of its
 * size from each class; an odd size gives the extra example to the negative class.
 *
 * @param validation size of the validation split
 * @param test size of the test split
 * @param initial size of the initial labelled training set of active learning
 */
public record SplitSizes(int validation, int test, int initial) {
  public SplitSizes {
    requireNonNegative("validation", validation);
    requireNonNegative("test", test);
    requireNonNegative("initial", initial);
  }

  /** The reference experiment: validation 5,000, test 5,000, initial 15,000. */
  public static SplitSizes reference() {
    return new SplitSizes(5_000, 5_000, 15_000);
  }

  /** How many of a split of {@code size} examples come from class {@code label}. */
  public static int share(int size, int label) {
    return label == Example.NEGATIVE ? size - size / 2 : size / 2;
  }

  /** How many examples of class {@code label} the three splits need together. */
  public long needed(int label) {
    return (long) share(validation, label) + share(test, label) + share(initial, label);
  }

  private static void requireNonNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value);
    }
  }
}
