package dev.tfal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private final Vocabulary vocabulary = Vocabulary.of(List.of("", "[UNK]", "the", "café"));

  @Test
  void mapsTokensToIdsAndBack() {
    assertEquals(4, vocabulary.size());
    assertEquals(0, vocabulary.id(""));
    assertEquals(1, vocabulary.id("[UNK]"));
    assertEquals(2, vocabulary.id("the"));
    assertEquals(3, vocabulary.id("café"));
    assertEquals("café", vocabulary.token(3));
    assertEquals(List.of("", "[UNK]", "the", "café"), vocabulary.tokens());
  }

  @Test
  void unknownTokensMapToOovAndLookupIsNotStandardized() {
    assertEquals(Vocabulary.OOV_ID, vocabulary.id("movie"));
    assertEquals(Vocabulary.OOV_ID, vocabulary.id("The"));
    assertEquals(Vocabulary.OOV_ID, vocabulary.id("the."));
  }

  @Test
  void isImmutable() {
    assertThrows(UnsupportedOperationException.class, () -> vocabulary.tokens().add("x"));
    String[] source = {"", "[UNK]", "a"};
    Vocabulary copy = Vocabulary.of(Arrays.asList(source));
    source[2] = "b";
    assertEquals("a", copy.token(2));
    assertEquals(Vocabulary.of(List.of("", "[UNK]", "a")), copy);
  }

  @Test
  void rejectsIdsOutOfRange() {
    assertEquals(
        "id must be in [0, 4), got 4",
        assertThrows(IllegalArgumentException.class, () -> vocabulary.token(4)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> vocabulary.token(-1));
  }

  @Test
  void rejectsTokenListsBreakingTheRules() {
    assertRejected("tokens[0]: missing the empty padding token", List.of());
    assertRejected(
        "tokens[0]: expected the empty padding token, got \"[UNK]\"", List.of("[UNK]", "the"));
    assertRejected("tokens[1]: missing the OOV token \"[UNK]\"", List.of(""));
    assertRejected(
        "tokens[1]: expected the OOV token \"[UNK]\", got \"the\"", List.of("", "the", "[UNK]"));
    assertRejected(
        "tokens[3]: duplicate token \"the\" (first at tokens[2])",
        List.of("", "[UNK]", "the", "the"));
    assertRejected(
        "tokens[2]: duplicate token \"\" (first at tokens[0])", List.of("", "[UNK]", ""));
    assertRejected(
        "tokens[2]: token \"a\\u000Ab\" contains whitespace, which the whitespace "
            + "tokenizer never produces",
        List.of("", "[UNK]", "a\nb"));
    assertRejected("tokens[2]: token is null", Arrays.asList("", "[UNK]", null));
  }

  private static void assertRejected(String message, List<String> tokens) {
    assertEquals(
        message,
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.of(tokens)).getMessage());
  }
}
