package dev.tfal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void splitsOnEveryAsciiWhitespaceAndCollapsesRuns() {
    assertEquals(
        List.of("a", "b", "c", "d", "e", "f", "g"),
        Tokenizer.split("  a\tb\nc\u000Bd\fe\rf \t\r\n g  "));
  }

  @Test
  void otherUnicodeSpacesAreNotSeparators() {
    assertEquals(
        List.of("a\u00A0b", "c\u2003d", "e\u2028f", "\u3000"),
        Tokenizer.split("a\u00A0b c\u2003d e\u2028f \u3000"));
  }

  @Test
  void blankTextHasNoTokens() {
    assertEquals(List.of(), Tokenizer.split(""));
    assertEquals(List.of(), Tokenizer.split(" \t\n\u000B\f\r "));
  }

  @Test
  void separatorsAreExactlyTheSixAsciiWhitespaceCharacters() {
    int separators = 0;
    for (char c = 0; c < 0x3001; c++) {
      if (Tokenizer.isSeparator(c)) {
        separators++;
      }
    }
    assertEquals(6, separators);
    assertTrue(Tokenizer.isSeparator('\u000B'));
    assertFalse(Tokenizer.isSeparator('\u001C'));
    assertFalse(Tokenizer.isSeparator('\u0085'));
  }
}
