package dev.tfal.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The rules a vocabulary's token list obeys, shared by {@link Vocabulary#of} and {@link
 * VocabularyFile#load}: the padding token "" first, the OOV token "[UNK]" second, then distinct
 * tokens that the tokenizer could produce (non-null, no whitespace).
 */
final class TokenRules {
  private static final int MAX_QUOTED = 40;

  private TokenRules() {}

  /** The first broken rule: the index of the offending token and what is wrong with it. */
  record Problem(int index, String message) {}

  /**
   * Finds the first problem in {@code tokens}; {@code position} names an index in messages that
   * refer to another token (e.g. "tokens[3]" or "line 4").
   */
  static Optional<Problem> firstProblem(List<String> tokens, IntFunction<String> position) {
    Optional<Problem> special = specialTokenProblem(tokens);
    if (special.isPresent()) {
      return special;
    }
    Map<String, Integer> seen = new HashMap<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token == null) {
        return Optional.of(new Problem(i, "token is null"));
      }
      if (containsWhitespace(token)) {
        return Optional.of(
            new Problem(
                i,
                "token "
                    + quote(token)
                    + " contains whitespace, which the whitespace tokenizer never produces"));
      }
      Integer first = seen.putIfAbsent(token, i);
      if (first != null) {
        return Optional.of(
            new Problem(
                i,
                "duplicate token " + quote(token) + " (first at " + position.apply(first) + ")"));
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> specialTokenProblem(List<String> tokens) {
    if (tokens.isEmpty()) {
      return Optional.of(new Problem(0, "missing the empty padding token"));
    }
    if (!Vocabulary.PADDING_TOKEN.equals(tokens.get(0))) {
      return Optional.of(
          new Problem(0, "expected the empty padding token, got " + quote(tokens.get(0))));
    }
    if (tokens.size() < 2) {
      return Optional.of(new Problem(1, "missing the OOV token \"" + Vocabulary.OOV_TOKEN + "\""));
    }
    if (!Vocabulary.OOV_TOKEN.equals(tokens.get(1))) {
      return Optional.of(
          new Problem(
              1,
              "expected the OOV token \""
                  + Vocabulary.OOV_TOKEN
                  + "\", got "
                  + quote(tokens.get(1))));
    }
    return Optional.empty();
  }

  static boolean containsWhitespace(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Tokenizer.isSeparator(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Quotes a token for a message, escaping invisible characters and shortening long ones. */
  static String quote(String token) {
    if (token == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    int end = Math.min(token.length(), MAX_QUOTED);
    for (int i = 0; i < end; i++) {
      char c = token.charAt(i);
      boolean visible =
          c >= ' '
              && !Character.isISOControl(c)
              && Character.getType(c) != Character.FORMAT
              && (c == ' ' || !Character.isSpaceChar(c));
      out.append(visible ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return out.append(token.length() > MAX_QUOTED ? "...\"" : "\"").toString();
  }
}
