package dev.tfal.data;

/** Maps character positions of a text, queried in increasing order, to 1-based line numbers. */
final class LineCounter {
  private final String text;
  private long position;
  private long line = 1;

  LineCounter(String text) {
    this.text = text;
  }

  /** The line holding the character at {@code target}; targets must not decrease. */
  long lineAt(long target) {
    if (target < position) {
      throw new IllegalStateException("positions must not decrease: " + target + " < " + position);
    }
    for (; position < target && position < text.length(); position++) {
      if (text.charAt((int) position) == '\n') {
        line++;
      }
    }
    return line;
  }
}
