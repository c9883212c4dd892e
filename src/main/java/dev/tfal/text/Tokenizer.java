package dev.tfal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Keras' {@code split="whitespace"}: TensorFlow's {@code StringSplitV2} with an empty separator.
 * Splits on ASCII whitespace only (space, \t, \n, \u000B, \f, \r); runs collapse, leading and
 * trailing whitespace is ignored and no token is empty. Other Unicode spaces, such as U+00A0
 * (no-break space) or U+2003, are part of tokens.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** Splits {@code text} into its non-empty whitespace-separated tokens. */
  public static List<String> split(String text) {
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      if (isSeparator(text.charAt(i))) {
        if (start >= 0) {
          tokens.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /** Whether {@code c} separates tokens: space, \t, \n, \u000B (VT), \f or \r. */
  public static boolean isSeparator(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
