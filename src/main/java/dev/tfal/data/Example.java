package dev.tfal.data;

import java.util.Objects;

/**
 * One labelled example.
 *
 * @param id unique, single-line identifier, such as {@code train/pos/123_8} or {@code row-7}
 * @param text the raw review text, possibly empty
 * @param label the class id, an index into the corpus's {@link LabelSet}; for binary data {@link
 *     #NEGATIVE} (0) or {@link #POSITIVE} (1)
 */
public record Example(String id, String text, int label) {
  /** Label of a negative review. */
  public static final int NEGATIVE = 0;

  /** Label of a positive review. */
  public static final int POSITIVE = 1;

  public Example {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(text, "text must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank, got \"" + id + "\"");
    }
    if (id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("id must be a single line, got \"" + id + "\"");
    }
    if (label < 0) {
      throw new IllegalArgumentException("label must be >= 0, got " + label);
    }
  }

  /** Whether this is a positive review. */
  public boolean isPositive() {
    return label == POSITIVE;
  }

  /** "negative" or "positive", as used in messages. */
  public static String labelName(int label) {
    return label == POSITIVE ? "positive" : "negative";
  }
}
