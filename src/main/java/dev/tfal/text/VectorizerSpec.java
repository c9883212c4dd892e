package dev.tfal.text;

/**
 * Shape of the vectorizer's output: at most {@code maxTokens} ids (padding and OOV included) and
 * exactly {@code sequenceLength} ids per text.
 */
public record VectorizerSpec(int maxTokens, int sequenceLength) {
  public VectorizerSpec {
    if (maxTokens < 2) {
      throw new IllegalArgumentException("maxTokens must be >= 2, got " + maxTokens);
    }
    if (sequenceLength < 1) {
      throw new IllegalArgumentException("sequenceLength must be >= 1, got " + sequenceLength);
    }
  }

  /** The reference setup: {@code max_tokens=3000, output_sequence_length=150}. */
  public static VectorizerSpec reference() {
    return new VectorizerSpec(3000, 150);
  }

  public VectorizerSpec withMaxTokens(int maxTokens) {
    return new VectorizerSpec(maxTokens, sequenceLength);
  }

  public VectorizerSpec withSequenceLength(int sequenceLength) {
    return new VectorizerSpec(maxTokens, sequenceLength);
  }
}
