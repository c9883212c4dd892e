package dev.tfal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The edges of ids, vectorizer shapes and the quoting of tokens in messages. */
class TokenBoundsTest {
  private final Vocabulary vocabulary = Vocabulary.of(List.of("", "[UNK]", "the", "movie"));

  @Test
  void tokenIdsRunFromZeroToSizeMinusOne() {
    assertEquals("", vocabulary.token(0));
    assertEquals("movie", vocabulary.token(3));
    assertEquals(
        "id must be in [0, 4), got 4",
        assertThrows(IllegalArgumentException.class, () -> vocabulary.token(4)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> vocabulary.token(-1));
  }

  @Test
  void vocabulariesAreEqualExactlyWhenTheirTokensAre() {
    assertEquals(vocabulary, Vocabulary.of(List.of("", "[UNK]", "the", "movie")));
    assertEquals(
        vocabulary.hashCode(), Vocabulary.of(List.of("", "[UNK]", "the", "movie")).hashCode());
    assertNotEquals(vocabulary, Vocabulary.of(List.of("", "[UNK]", "movie", "the")));
    assertNotEquals(vocabulary, Vocabulary.of(List.of("", "[UNK]", "the")));
    assertEquals("Vocabulary[size=4]", vocabulary.toString());
  }

  @Test
  void theSmallestSpecHasTwoTokensAndOneIdPerText() {
    VectorizerSpec smallest = new VectorizerSpec(2, 1);
    assertEquals(2, smallest.maxTokens());
    assertEquals(1, smallest.sequenceLength());
    assertEquals(
        "maxTokens must be >= 2, got 1",
        assertThrows(IllegalArgumentException.class, () -> new VectorizerSpec(1, 1)).getMessage());
    assertEquals(
        "sequenceLength must be >= 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> new VectorizerSpec(2, 0)).getMessage());
  }

  @Test
  void aNullPaddingTokenIsNamedNull() {
    assertEquals(
        "tokens[0]: expected the empty padding token, got null",
        assertThrows(
                IllegalArgumentException.class,
                () -> Vocabulary.of(Arrays.asList(null, "[UNK]", "a")))
            .getMessage());
  }

  @Test
  void quotingKeepsPlainSpacesAndEscapesOtherSpaceCharacters() {
    assertEquals("\"a b\"", TokenRules.quote("a b"));
    assertEquals("\"a\\u00A0b\\u2003c\"", TokenRules.quote("a\u00a0b\u2003c"));
    assertEquals("\"tab\\u0009\"", TokenRules.quote("tab\t"));
    assertEquals("null", TokenRules.quote(null));
  }

  @Test
  void quotingShortensTokensLongerThanFortyCharacters() {
    String forty = "x".repeat(40);
    assertEquals("\"" + forty + "\"", TokenRules.quote(forty));
    assertEquals("\"" + forty + "...\"", TokenRules.quote(forty + "y"));
  }
}
