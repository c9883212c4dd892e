package dev.tfal.active;

/**
 * Cohen's kappa: agreement between two 0/1 labelings of the same items beyond what chance would
 * give, {@code (po - pe) / (1 - pe)}. The stopping rule uses it on consecutive rounds' predictions
 * over a fixed stop set.
 */
public final class CohensKappa {
  private CohensKappa() {}

  /**
   * The kappa of two labelings: 1 for perfect agreement, 0 for chance level, negative below it.
   * When chance agreement is certain ({@code pe == 1}, both labelings constant and equal) the
   * labelings agree perfectly and the result is 1.
   *
   * @throws IllegalArgumentException if the lengths differ, the labelings are empty or a label is
   *     not 0 or 1
   */
  public static double of(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "labelings must have the same length, got " + a.length + " and " + b.length);
    }
    if (a.length == 0) {
      throw new IllegalArgumentException("labelings must not be empty");
    }
    long n = a.length;
    long agree = 0;
    long positivesA = 0;
    long positivesB = 0;
    for (int i = 0; i < a.length; i++) {
      positivesA += checkedLabel("a", a, i);
      positivesB += checkedLabel("b", b, i);
      agree += a[i] == b[i] ? 1 : 0;
    }
    // In units of 1/n^2: po = agree * n, pe = chance.
    long chance = positivesA * positivesB + (n - positivesA) * (n - positivesB);
    if (chance == n * n) {
      return 1.0;
    }
    return (double) (agree * n - chance) / (n * n - chance);
  }

  private static int checkedLabel(String name, int[] labels, int index) {
    int label = labels[index];
    if (label != 0 && label != 1) {
      throw new IllegalArgumentException(name + "[" + index + "] must be 0 or 1, got " + label);
    }
    return label;
  }
}
