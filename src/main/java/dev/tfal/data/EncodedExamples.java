package dev.tfal.data;

import dev.tfal.graph.TokenBatch;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Examples already turned into token ids, held once in flat arrays, and served as batches. Every
 * epoch's batches are cut from these arrays, so no text is vectorized twice.
 */
public final class EncodedExamples {
  private final int[] tokenIds;
  private final float[] labels;
  private final int sequenceLength;

  /**
   * @param tokenIds row-major [labels.length, sequenceLength] ids; owned by this object after the
   *     call
   * @param labels 0/1 labels
   */
  public EncodedExamples(int[] tokenIds, float[] labels, int sequenceLength) {
    if (sequenceLength <= 0) {
      throw new IllegalArgumentException("sequenceLength must be > 0, got " + sequenceLength);
    }
    if (tokenIds.length != labels.length * sequenceLength) {
      throw new IllegalArgumentException(
          "need " + labels.length + " x " + sequenceLength + " token ids, got " + tokenIds.length);
    }
    this.tokenIds = tokenIds;
    this.labels = labels;
    this.sequenceLength = sequenceLength;
  }

  /** No examples, of rows of {@code sequenceLength} tokens. */
  public static EncodedExamples empty(int sequenceLength) {
    return new EncodedExamples(new int[0], new float[0], sequenceLength);
  }

  public int size() {
    return labels.length;
  }

  public int sequenceLength() {
    return sequenceLength;
  }

  public float label(int index) {
    return labels[index];
  }

  /** All batches in order; the last may be short. */
  public Dataset<TokenBatch> batches(int batchSize) {
    return indices().batch(batchSize).map(this::gather);
  }

  /**
   * Batches of a tf.data-style buffer shuffle seeded with {@code seed}: the same seed gives the
   * same order. Batches are assembled on a background thread.
   */
  public Dataset<TokenBatch> shuffledBatches(int batchSize, int bufferSize, long seed) {
    return indices().shuffle(bufferSize, seed).batch(batchSize).map(this::gather).prefetch(2);
  }

  /** A batch of the rows at {@code indices}, in that order. */
  public TokenBatch gather(List<Integer> indices) {
    int rows = indices.size();
    int[] ids = new int[rows * sequenceLength];
    float[] batchLabels = new float[rows];
    for (int row = 0; row < rows; row++) {
      int index = indices.get(row);
      System.arraycopy(tokenIds, index * sequenceLength, ids, row * sequenceLength, sequenceLength);
      batchLabels[row] = labels[index];
    }
    return new TokenBatch(ids, batchLabels, rows);
  }

  /** The rows at {@code indices} as a new set of examples. */
  public EncodedExamples subset(List<Integer> indices) {
    if (indices.isEmpty()) {
      return empty(sequenceLength);
    }
    TokenBatch rows = gather(indices);
    return new EncodedExamples(rows.tokenIds(), rows.labels(), sequenceLength);
  }

  /** The same rows with other labels, e.g. an oracle's answers instead of the dataset's. */
  public EncodedExamples withLabels(float[] newLabels) {
    if (newLabels.length != size()) {
      throw new IllegalArgumentException("need " + size() + " labels, got " + newLabels.length);
    }
    return new EncodedExamples(tokenIds, newLabels.clone(), sequenceLength);
  }

  /** The rows of {@code first} followed by those of {@code second}. */
  public static EncodedExamples concat(EncodedExamples first, EncodedExamples second) {
    if (first.sequenceLength != second.sequenceLength) {
      throw new IllegalArgumentException(
          "sequence lengths differ: " + first.sequenceLength + " vs " + second.sequenceLength);
    }
    int[] ids =
        java.util.Arrays.copyOf(first.tokenIds, first.tokenIds.length + second.tokenIds.length);
    System.arraycopy(second.tokenIds, 0, ids, first.tokenIds.length, second.tokenIds.length);
    float[] allLabels =
        java.util.Arrays.copyOf(first.labels, first.labels.length + second.labels.length);
    System.arraycopy(second.labels, 0, allLabels, first.labels.length, second.labels.length);
    return new EncodedExamples(ids, allLabels, first.sequenceLength);
  }

  private Dataset<Integer> indices() {
    return Dataset.fromList(IntStream.range(0, size()).boxed().toList());
  }
}
