package dev.tfal.plot;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A confusion-matrix heat map: one row per true class (top to bottom in label order), one column
 * per predicted class, each cell showing its count and coloured by its share of the row, so that a
 * rare class reads as clearly as a common one. The counts array is copied in and out.
 *
 * @param title chart title
 * @param labels class names, distinct, in the order of the rows and columns
 * @param counts {@code counts[true][predicted]}, K x K, each >= 0
 */
public record ConfusionChartSpec(String title, List<String> labels, long[][] counts) {
  public ConfusionChartSpec {
    Objects.requireNonNull(title, "title must not be null");
    labels = List.copyOf(Objects.requireNonNull(labels, "labels must not be null"));
    Objects.requireNonNull(counts, "counts must not be null");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("labels must not be empty");
    }
    Set<String> seen = new HashSet<>();
    labels.forEach(
        label -> {
          if (!seen.add(label)) {
            throw new IllegalArgumentException(
                "labels must be distinct, got \"" + label + "\" twice");
          }
        });
    counts = copy(counts);
    checkCounts(labels.size(), counts);
  }

  /** A copy of the counts. */
  @Override
  public long[][] counts() {
    return copy(counts);
  }

  public int size() {
    return labels.size();
  }

  long count(int row, int column) {
    return counts[row][column];
  }

  /** The cell's share of its row, in [0, 1]; 0 throughout a row with no examples. */
  double rowShare(int row, int column) {
    long total = Arrays.stream(counts[row]).sum();
    return total == 0 ? 0.0 : (double) counts[row][column] / total;
  }

  private static void checkCounts(int k, long[][] counts) {
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "counts must have one row per label (" + k + "), got " + counts.length);
    }
    for (int row = 0; row < k; row++) {
      if (counts[row].length != k) {
        throw new IllegalArgumentException(
            "counts[" + row + "] must have " + k + " columns, got " + counts[row].length);
      }
      for (int column = 0; column < k; column++) {
        if (counts[row][column] < 0) {
          throw new IllegalArgumentException(
              "counts[" + row + "][" + column + "] must be >= 0, got " + counts[row][column]);
        }
      }
    }
  }

  private static long[][] copy(long[][] counts) {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = Objects.requireNonNull(counts[i], "counts[" + i + "] must not be null").clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfusionChartSpec that
        && title.equals(that.title)
        && labels.equals(that.labels)
        && Arrays.deepEquals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, labels, Arrays.deepHashCode(counts));
  }

  @Override
  public String toString() {
    return "ConfusionChartSpec[title="
        + title
        + ", labels="
        + labels
        + ", counts="
        + Arrays.deepToString(counts)
        + "]";
  }
}
