package dev.tfal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardizerTest {
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\u0000',
      value = {
        "Hello, World!|hello world",
        "great.<br /><br />The|greatbr br the",
        "It's a don't|its a dont",
        "well-made, low-budget|wellmade lowbudget",
        "10/10 -- $5.99 (A+)|1010  599 a",
        "e-mail: a_b@c.com|email abccom",
        "[UNK] <pad>|unk pad",
        "Café ÉCOLE naïve|café École naïve",
        "ÄRGER Ärger ΣΊΣΥΦΟΣ|Ärger Ärger ΣΊΣΥΦΟΣ",
        "MÜNCHEN|mÜnchen",
      })
  void lowercasesAsciiAndStripsAsciiPunctuation(String text, String expected) {
    assertEquals(expected, Standardizer.standardize(text));
  }

  @Test
  void keepsNonAsciiPunctuation() {
    assertEquals(
        "“great” movie’s … end—really ¡wow ¿no «si»",
        Standardizer.standardize("“Great” movie’s … end—REALLY ¡wow! ¿no? «si»"));
  }

  @Test
  void stripsExactlyThe32AsciiPunctuationCharacters() {
    assertEquals(32, ASCII_PUNCTUATION.length());
    assertEquals("", Standardizer.standardize(ASCII_PUNCTUATION));
    int stripped = 0;
    for (char c = 0; c < 0x3000; c++) {
      if (Standardizer.isStripped(c)) {
        assertTrue(ASCII_PUNCTUATION.indexOf(c) >= 0, "unexpected " + (int) c);
        stripped++;
      }
    }
    assertEquals(32, stripped);
  }

  @Test
  void keepsWhitespaceDigitsAndLetters() {
    assertEquals(
        " \t\n\u000B\f\r\u00A0 0123456789 abcxyz abcxyz",
        Standardizer.standardize(" \t\n\u000B\f\r\u00A0 0123456789 ABCXYZ abcxyz"));
    assertFalse(Standardizer.isStripped(' '));
    assertEquals('é', Standardizer.lower('é'));
    assertEquals('É', Standardizer.lower('É'));
  }

  @Test
  void emptyStaysEmpty() {
    assertEquals("", Standardizer.standardize(""));
  }
}
