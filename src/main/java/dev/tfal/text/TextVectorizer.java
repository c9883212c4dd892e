package dev.tfal.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Keras {@code TextVectorization(standardize="lower_and_strip_punctuation", split="whitespace",
 * output_mode="int", output_sequence_length=L)}: a text becomes exactly L ids, those of its first L
 * tokens (OOV tokens map to 1), right-padded with 0.
 *
 * <p>Immutable and thread-safe: several threads may vectorize with one instance. Standardizing,
 * splitting and looking up happen in one pass without a String per token.
 */
public final class TextVectorizer {
  private final Vocabulary vocabulary;
  private final VectorizerSpec spec;

  /**
   * @throws IllegalArgumentException if the vocabulary has more than {@code spec.maxTokens()} ids
   */
  public TextVectorizer(Vocabulary vocabulary, VectorizerSpec spec) {
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    this.spec = Objects.requireNonNull(spec, "spec");
    if (vocabulary.size() > spec.maxTokens()) {
      throw new IllegalArgumentException(
          "vocabulary size must be <= maxTokens "
              + spec.maxTokens()
              + ", got "
              + vocabulary.size());
    }
  }

  /** Adapts a vocabulary of at most {@code spec.maxTokens()} ids on {@code texts}. */
  public static TextVectorizer adapt(Iterable<String> texts, VectorizerSpec spec) {
    return new TextVectorizer(Vocabulary.adapt(texts, spec.maxTokens()), spec);
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public VectorizerSpec spec() {
    return spec;
  }

  public int sequenceLength() {
    return spec.sequenceLength();
  }

  /** The {@code sequenceLength} ids of {@code text}. */
  public int[] vectorize(String text) {
    int[] out = new int[spec.sequenceLength()];
    vectorizeInto(new TokenCursor(), text, out, 0);
    return out;
  }

  /** Writes the ids of {@code text} to {@code out[offset, offset + sequenceLength)}. */
  public void vectorizeInto(String text, int[] out, int offset) {
    Objects.checkFromIndexSize(offset, spec.sequenceLength(), out.length);
    vectorizeInto(new TokenCursor(), text, out, offset);
  }

  /**
   * Writes the ids of every text into {@code out} as a row-major {@code [texts.size(),
   * sequenceLength]} matrix, ready to back an int tensor.
   *
   * @throws IllegalArgumentException if {@code out.length != texts.size() * sequenceLength}
   */
  public void vectorizeInto(List<String> texts, int[] out) {
    int length = spec.sequenceLength();
    if ((long) texts.size() * length != out.length) {
      throw new IllegalArgumentException(
          "out.length must be texts.size() * sequenceLength = "
              + (long) texts.size() * length
              + ", got "
              + out.length);
    }
    TokenCursor cursor = new TokenCursor();
    for (int row = 0; row < texts.size(); row++) {
      vectorizeInto(cursor, texts.get(row), out, row * length);
    }
  }

  /** The ids of every text as a new row-major {@code [texts.size(), sequenceLength]} array. */
  public int[] vectorizeAll(List<String> texts) {
    int[] out = new int[Math.multiplyExact(texts.size(), spec.sequenceLength())];
    vectorizeInto(texts, out);
    return out;
  }

  private void vectorizeInto(TokenCursor cursor, String text, int[] out, int offset) {
    cursor.reset(Objects.requireNonNull(text, "text"));
    int end = offset + spec.sequenceLength();
    int position = offset;
    while (position < end && cursor.next()) {
      out[position++] = vocabulary.id(cursor);
    }
    Arrays.fill(out, position, end, Vocabulary.PADDING_ID);
  }
}
