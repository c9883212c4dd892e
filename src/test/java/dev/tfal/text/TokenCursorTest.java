package dev.tfal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenCursorTest {
  private static final String ALPHABET =
      "aBzZ09 \t\n\u000B\f\r.,'-<>/!\"#$%&()*+:;=?@[\\]^_`{|}~éÉΣ“”’…\u00A0\u2003";

  @Test
  void walksTheTokensOfStandardizeThenSplit() {
    assertEquals(
        List.of("greatbr", "br", "the", "its", "wellmade", "café", "École"),
        tokens(" Great.<br /><br />The - It's well-made... Café ÉCOLE !!! "));
  }

  @Test
  void equalsStandardizeThenSplitOnRandomTexts() {
    Random random = new Random(42);
    TokenCursor cursor = new TokenCursor();
    for (int n = 0; n < 2000; n++) {
      String text = randomText(random, random.nextInt(120));
      List<String> expected = Tokenizer.split(Standardizer.standardize(text));
      assertEquals(expected, tokens(cursor, text), () -> "text: " + text);
    }
  }

  @Test
  void hashEqualsStringHashAndLongTokensGrowTheBuffer() {
    String longToken = "x".repeat(1000);
    TokenCursor cursor = new TokenCursor().reset("AB " + longToken);
    cursor.next();
    assertEquals("ab".hashCode(), cursor.hash());
    cursor.next();
    assertEquals(longToken, cursor.token());
    assertEquals(longToken.hashCode(), cursor.hash());
    assertFalse(cursor.next());
    assertFalse(cursor.next());
  }

  private static List<String> tokens(String text) {
    return tokens(new TokenCursor(), text);
  }

  private static List<String> tokens(TokenCursor cursor, String text) {
    List<String> tokens = new ArrayList<>();
    cursor.reset(text);
    while (cursor.next()) {
      tokens.add(cursor.token());
    }
    return tokens;
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }
}
