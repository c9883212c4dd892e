package dev.tfal.text;

/**
 * Keras' {@code lower_and_strip_punctuation} standardization: lowercase, then delete every
 * character of the default strip set.
 *
 * <p><b>Only ASCII letters are lowercased</b> (A-Z to a-z); every other character, including
 * non-ASCII capitals such as É, Ä or Σ, passes through unchanged. This is deliberate: Keras calls
 * {@code tf.strings.lower(x)} with the default (empty) encoding, which lowercases ASCII bytes only,
 * and the in-graph serving vectorizer uses TensorFlow's {@code StringLower} with the same default,
 * so training-time and serving-time ids agree. {@code "Café ÉCOLE"} becomes {@code "café École"}.
 *
 * <p>The strip set is Keras' regex {@code [!"#$%&()\*\+,-\./:;<=>?@\[\\\]^_`{|}~']}, in which
 * {@code ,-\.} is a range: exactly the 32 ASCII punctuation characters {@code
 * !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~}. They are replaced by nothing, so {@code <br />} becomes {@code
 * "br "} and {@code don't} becomes {@code dont}. Non-ASCII punctuation (curly quotes, the ellipsis,
 * dashes, ¡) is kept. Implemented as a char loop, without regular expressions.
 */
public final class Standardizer {
  private Standardizer() {}

  /** Returns {@code text} with ASCII letters lowercased and ASCII punctuation deleted. */
  public static String standardize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isStripped(c)) {
        out.append(lower(c));
      }
    }
    return out.toString();
  }

  /** Whether {@code c} is one of the 32 ASCII punctuation characters Keras strips. */
  public static boolean isStripped(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  /** Lowercases an ASCII capital letter; returns every other character unchanged. */
  public static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
