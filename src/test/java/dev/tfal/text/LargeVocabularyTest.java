package dev.tfal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Vocabularies and counts well past the token table's first capacities (16 entries, 32 slots) and
 * the builder's first count array (1,024 entries): nothing is lost or merged as they grow.
 */
class LargeVocabularyTest {
  private static final int TOKENS = 3_000;

  private static String token(int i) {
    return "w" + i;
  }

  @Test
  void everyTokenOfALargeVocabularyKeepsItsId() {
    List<String> tokens = new ArrayList<>(List.of(Vocabulary.PADDING_TOKEN, Vocabulary.OOV_TOKEN));
    for (int i = 0; i < TOKENS; i++) {
      tokens.add(token(i));
    }
    Vocabulary vocabulary = Vocabulary.of(tokens);
    assertEquals(TOKENS + 2, vocabulary.size());
    for (int i = 0; i < TOKENS; i++) {
      assertEquals(i + 2, vocabulary.id(token(i)), token(i));
    }
    assertEquals(Vocabulary.OOV_ID, vocabulary.id(token(TOKENS)));
    assertEquals(Vocabulary.PADDING_ID, vocabulary.id(""));
  }

  /** Token {@code w<i>} occurs {@code 1 + i % 3} times: 1,000 tokens each occur once, twice, 3x. */
  @Test
  void countsOfThousandsOfDistinctTokensAreExact() {
    VocabularyBuilder builder = new VocabularyBuilder();
    for (int repeat = 0; repeat < 3; repeat++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < TOKENS; i++) {
        if (i % 3 >= repeat) {
          text.append(token(i)).append(' ');
        }
      }
      builder.add(text.toString());
    }
    assertEquals(TOKENS, builder.distinctTokens());
    for (int i = 0; i < TOKENS; i++) {
      assertEquals(1 + i % 3, builder.count(token(i)), token(i));
    }
    assertEquals(0, builder.count(token(TOKENS)));
    // 1,000 tokens occur three times; the two most frequent by Keras' order are the largest in
    // UTF-8 byte order among w2, w5, ..., w2999: "w998" then "w995".
    Vocabulary top = builder.build(4);
    assertEquals(List.of("", "[UNK]", "w998", "w995"), top.tokens());
  }

  @Test
  void theTokenTableNumbersEntriesInInsertionOrderAndFindsRepeats() {
    TokenTable table = new TokenTable();
    for (int i = 0; i < 100; i++) {
      assertEquals(i, table.add(token(i)));
    }
    for (int i = 0; i < 100; i++) {
      assertEquals(i, table.add(token(i)), "repeat of " + token(i));
      assertEquals(i, table.find(token(i)));
      assertEquals(token(i), table.token(i));
    }
    assertEquals(100, table.size());
    assertEquals(-1, table.find("absent"));
  }
}
