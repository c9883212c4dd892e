package dev.tfal.data;

/**
 * How many examples the fixed splits get, counted over all classes. Each split takes from each
 * class its share of the data (see {@link #shares}); for balanced binary data that is half of it
 * from each class, an odd size giving the extra example to the negative class.
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

  /**
   * Defaults fitted to {@code examples} labelled examples: a tenth each for validation and test,
   * three tenths for the initial set, so 50,000 IMDB reviews get the {@link #reference()} sizes.
   */
  public static SplitSizes proportional(long examples) {
    return new SplitSizes(
        Math.toIntExact(examples / 10),
        Math.toIntExact(examples / 10),
        Math.toIntExact(examples * 3 / 10));
  }

  /**
   * How many of a split of {@code size} examples come from each class, whose data holds {@code
   * counts} examples: {@code size * count / total} rounded down, the examples left over going one
   * each to the classes with the largest remainders, ties to the lowest id. Balanced binary data
   * gets {@link #share}'s halves.
   */
  public static int[] shares(int size, long[] counts) {
    long total = java.util.Arrays.stream(counts).sum();
    int[] shares = new int[counts.length];
    long[] remainders = new long[counts.length];
    int given = 0;
    for (int k = 0; k < counts.length; k++) {
      long product = total == 0 ? 0 : size * counts[k];
      shares[k] = total == 0 ? 0 : Math.toIntExact(product / total);
      remainders[k] = total == 0 ? 0 : product % total;
      given += shares[k];
    }
    for (int left = size - given; left > 0; left--) {
      int best = 0;
      for (int k = 1; k < counts.length; k++) {
        if (remainders[k] > remainders[best]) {
          best = k;
        }
      }
      shares[best]++;
      remainders[best] = -1;
    }
    return shares;
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
