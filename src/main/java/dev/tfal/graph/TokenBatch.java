package dev.tfal.graph;

/**
 * One batch of vectorized examples as the graph takes it.
 *
 * @param tokenIds row-major [size, sequenceLength] token ids
 * @param labels 0/1 labels, one per row
 * @param size number of rows
 */
public record TokenBatch(int[] tokenIds, float[] labels, int size) {
  public TokenBatch {
    if (size <= 0) {
      throw new IllegalArgumentException("size must be > 0, got " + size);
    }
    if (tokenIds.length % size != 0) {
      throw new IllegalArgumentException(
          "tokenIds length " + tokenIds.length + " is not a multiple of size " + size);
    }
    if (labels.length != size) {
      throw new IllegalArgumentException(
          "labels length must be " + size + ", got " + labels.length);
    }
  }

  /** Token ids per row. */
  public int sequenceLength() {
    return tokenIds.length / size;
  }
}
