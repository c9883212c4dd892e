package dev.tfal.metrics;

import dev.tfal.data.LabelSet;
import java.util.Arrays;
import java.util.Objects;

/**
 * Counts of examples by true class (rows) and predicted class (columns), both in the order of
 * {@link #labels()}. The K x K array is copied in and out, so a matrix never changes.
 */
public record ConfusionMatrix(LabelSet labels, long[][] counts) {
  public ConfusionMatrix {
    Objects.requireNonNull(labels, "labels must not be null");
    Objects.requireNonNull(counts, "counts must not be null");
    int k = labels.size();
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "counts must have one row per label (" + k + "), got " + counts.length);
    }
    counts = copy(counts);
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

  /** A copy of the counts, {@code [true][predicted]}. */
  @Override
  public long[][] counts() {
    return copy(counts);
  }

  /** The number of classes, K. */
  public int size() {
    return counts.length;
  }

  /** Examples of class {@code trueId} predicted as {@code predictedId}. */
  public long count(int trueId, int predictedId) {
    labels.checkId(trueId);
    labels.checkId(predictedId);
    return counts[trueId][predictedId];
  }

  /** Examples whose true class is {@code id}: the row sum. */
  public long support(int id) {
    labels.checkId(id);
    return Arrays.stream(counts[id]).sum();
  }

  /** Examples predicted as class {@code id}: the column sum. */
  public long predicted(int id) {
    labels.checkId(id);
    long sum = 0;
    for (long[] row : counts) {
      sum += row[id];
    }
    return sum;
  }

  /** Examples predicted right: the diagonal sum. */
  public long correct() {
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i][i];
    }
    return sum;
  }

  /** All examples counted. */
  public long total() {
    return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
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
    return other instanceof ConfusionMatrix that
        && labels.equals(that.labels)
        && Arrays.deepEquals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labels, Arrays.deepHashCode(counts));
  }

  @Override
  public String toString() {
    return "ConfusionMatrix[labels="
        + labels.names()
        + ", counts="
        + Arrays.deepToString(counts)
        + "]";
  }
}
