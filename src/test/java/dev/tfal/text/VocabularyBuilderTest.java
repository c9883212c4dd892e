package dev.tfal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyBuilderTest {
  /*
   * Tokens: the cat sat on the mat | the dog sat the cat ran | a dogs day dog cat mat.
   * Counts: the 4, cat 3, sat 2, mat 2, dog 2, on 1, ran 1, a 1, dogs 1, day 1.
   * Keras order: count descending, ties by token descending.
   */
  private static final List<String> CORPUS =
      List.of(
          "The cat sat on the mat.", "The dog sat; the CAT ran!", "A dog's day: dog, cat & mat.");

  @Test
  void ordersByCountThenTokenDescending() {
    assertEquals(
        List.of("", "[UNK]", "the", "cat", "sat", "mat", "dog", "ran", "on", "dogs", "day", "a"),
        Vocabulary.adapt(CORPUS, 3000).tokens());
  }

  @Test
  void keepsTheMaxTokensMinusTwoMostFrequent() {
    assertEquals(
        List.of("", "[UNK]", "the", "cat", "sat", "mat", "dog"),
        Vocabulary.adapt(CORPUS, 7).tokens());
    assertEquals(
        List.of("", "[UNK]", "the", "cat", "sat", "mat"), Vocabulary.adapt(CORPUS, 6).tokens());
    assertEquals(List.of("", "[UNK]"), Vocabulary.adapt(CORPUS, 2).tokens());
  }

  @Test
  void breaksTiesByUnsignedUtf8BytesNotUtf16() {
    // UTF-8: 😀 F0 9F 98 80 > Ａ EF BC A1 > é C3 A9 > z > ab > a. In UTF-16 order Ａ (FF21)
    // would come before 😀 (D83D DE00).
    assertEquals(
        List.of("", "[UNK]", "😀", "Ａ", "é", "z", "ab", "a"),
        Vocabulary.adapt(List.of("a ab z é Ａ 😀"), 3000).tokens());
  }

  @Test
  void countsAcrossCallsAndTexts() {
    VocabularyBuilder builder = new VocabularyBuilder().add("b a").add("B, b!").addAll(CORPUS);
    assertEquals(3, builder.count("b"));
    assertEquals(2, builder.count("a"));
    assertEquals(0, builder.count("B"));
    assertEquals(List.of("", "[UNK]", "the", "cat", "b"), builder.build(5).tokens());
    assertEquals(11, builder.distinctTokens());
  }

  @Test
  void specialTokensInTheDataAreNotAddedTwice() {
    // "[UNK]" in a text standardizes to "unk"; the padding token can never be split out.
    assertEquals(
        List.of("", "[UNK]", "unk", "pad"),
        Vocabulary.adapt(List.of("[UNK] <pad> unk", "  ", ""), 3000).tokens());
  }

  @Test
  void emptyCorpusGivesOnlySpecialTokens() {
    assertEquals(List.of("", "[UNK]"), Vocabulary.adapt(List.of(), 3000).tokens());
  }

  @Test
  void rejectsMaxTokensBelowTwo() {
    assertEquals(
        "maxTokens must be >= 2, got 1",
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.adapt(CORPUS, 1))
            .getMessage());
  }
}
