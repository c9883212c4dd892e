package dev.tfal.text;

import java.util.Arrays;

/**
 * Walks the tokens of one text as {@code Tokenizer.split(Standardizer.standardize(text))} would
 * produce them, in a single pass and without creating a String per token: the current token lives
 * in a reusable char buffer together with its {@link String#hashCode()}-compatible hash.
 *
 * <p>Mutable; one instance per thread. Standardizing never touches whitespace, so deleting
 * punctuation inside a whitespace-delimited run and dropping runs that end up empty is equivalent
 * to standardizing first and splitting afterwards.
 */
final class TokenCursor {
  private String text = "";
  private int position;
  private char[] buffer = new char[32];
  private int length;
  private int hash;

  /** Starts walking {@code text} from its beginning. */
  TokenCursor reset(String text) {
    this.text = text;
    this.position = 0;
    this.length = 0;
    return this;
  }

  /** Advances to the next non-empty token; false when the text is exhausted. */
  boolean next() {
    String s = text;
    int n = s.length();
    int len = 0;
    int h = 0;
    for (int i = position; i < n; i++) {
      char c = s.charAt(i);
      if (Tokenizer.isSeparator(c)) {
        if (len > 0) {
          return found(i + 1, len, h);
        }
      } else if (!Standardizer.isStripped(c)) {
        c = Standardizer.lower(c);
        if (len == buffer.length) {
          buffer = Arrays.copyOf(buffer, len * 2);
        }
        buffer[len++] = c;
        h = 31 * h + c;
      }
    }
    position = n;
    return len > 0 && found(n, len, h);
  }

  private boolean found(int nextPosition, int len, int h) {
    position = nextPosition;
    length = len;
    hash = h;
    return true;
  }

  /** The current token's characters, valid in {@code [0, length())} until the next call. */
  char[] buffer() {
    return buffer;
  }

  int length() {
    return length;
  }

  /** Equal to {@code token().hashCode()}. */
  int hash() {
    return hash;
  }

  /** The current token as a String (allocates). */
  String token() {
    return new String(buffer, 0, length);
  }
}
