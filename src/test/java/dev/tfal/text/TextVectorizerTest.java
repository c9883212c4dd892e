package dev.tfal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextVectorizerTest {
  private static final Vocabulary VOCABULARY =
      Vocabulary.of(
          List.of(
              "",
              "[UNK]",
              "the",
              "movie",
              "its",
              "br",
              "great",
              "wellmade",
              "café",
              "École",
              "“great”",
              "a\u00A0b",
              "w1",
              "w2",
              "w3"));
  private static final TextVectorizer VECTORIZER =
      new TextVectorizer(VOCABULARY, VectorizerSpec.reference());

  @Test
  void vectorizesLikeKeras() {
    // Tokens: the movie its greatbr br wellmade café École “great” unknown
    assertArrayEquals(
        padded(2, 3, 4, 1, 5, 7, 8, 9, 10, 1),
        VECTORIZER.vectorize(
            "The movie? It's GREAT.<br /><br />Well-made... Café ÉCOLE " + "“Great” unknown"));
  }

  @Test
  void separatesOnlyOnAsciiWhitespace() {
    assertArrayEquals(
        padded(2, 3, 4, 11, 1),
        VECTORIZER.vectorize("\tthe\nmovie\r\n\u000Bits\f  a\u00A0b the\u2003movie"));
  }

  @Test
  void emptyAndPunctuationOnlyTextsAreAllPadding() {
    assertArrayEquals(new int[150], VECTORIZER.vectorize(""));
    assertArrayEquals(new int[150], VECTORIZER.vectorize(" \n\t "));
    assertArrayEquals(new int[150], VECTORIZER.vectorize("!!! ... <> -- \"'\" (?) [/] {|}"));
  }

  @Test
  void truncatesToTheFirstSequenceLengthTokens() {
    int[] expected = IntStream.range(0, 150).map(i -> 12 + i % 3).toArray();
    assertArrayEquals(expected, VECTORIZER.vectorize(words(150)));
    assertArrayEquals(expected, VECTORIZER.vectorize(words(151)));
    assertArrayEquals(expected, VECTORIZER.vectorize(words(400) + " the"));
    int[] short149 = Arrays.copyOf(expected, 150);
    short149[149] = 0;
    assertArrayEquals(short149, VECTORIZER.vectorize(words(149)));
  }

  @Test
  void vectorizesBatchesIntoRowMajorArrays() {
    TextVectorizer vectorizer = new TextVectorizer(VOCABULARY, new VectorizerSpec(20, 4));
    List<String> texts = List.of("the movie", "", "w1 w2 w3 w1 w2", "Its café!");
    int[] expected = {2, 3, 0, 0, 0, 0, 0, 0, 12, 13, 14, 12, 4, 8, 0, 0};
    int[] out = new int[16];
    Arrays.fill(out, -7);
    vectorizer.vectorizeInto(texts, out);
    assertArrayEquals(expected, out);
    assertArrayEquals(expected, vectorizer.vectorizeAll(texts));
    int[] row = new int[10];
    vectorizer.vectorizeInto("w3 w2 w1", row, 3);
    assertArrayEquals(new int[] {0, 0, 0, 14, 13, 12, 0, 0, 0, 0}, row);
  }

  @Test
  void isSafeToShareBetweenThreads() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      texts.add(words(i % 200) + " The movie café " + i);
    }
    int[] sequential = VECTORIZER.vectorizeAll(texts);
    int[][] parallel = texts.parallelStream().map(VECTORIZER::vectorize).toArray(int[][]::new);
    for (int i = 0; i < texts.size(); i++) {
      assertArrayEquals(Arrays.copyOfRange(sequential, i * 150, (i + 1) * 150), parallel[i]);
    }
  }

  @Test
  void adaptsAndVectorizes() {
    TextVectorizer vectorizer =
        TextVectorizer.adapt(List.of("b a b", "c b a"), new VectorizerSpec(4, 5));
    assertEquals(List.of("", "[UNK]", "b", "a"), vectorizer.vocabulary().tokens());
    assertArrayEquals(new int[] {1, 3, 2, 0, 0}, vectorizer.vectorize("C, A. B!"));
  }

  @Test
  void rejectsBadArguments() {
    assertEquals(
        "out.length must be texts.size() * sequenceLength = 300, got 299",
        assertThrows(
                IllegalArgumentException.class,
                () -> VECTORIZER.vectorizeInto(List.of("a", "b"), new int[299]))
            .getMessage());
    assertThrows(
        IndexOutOfBoundsException.class, () -> VECTORIZER.vectorizeInto("a", new int[160], 11));
    assertEquals(
        "vocabulary size must be <= maxTokens 10, got 15",
        assertThrows(
                IllegalArgumentException.class,
                () -> new TextVectorizer(VOCABULARY, new VectorizerSpec(10, 5)))
            .getMessage());
  }

  @Test
  void specValidatesAndNamesTheReferenceSetup() {
    assertEquals(new VectorizerSpec(3000, 150), VectorizerSpec.reference());
    assertEquals(new VectorizerSpec(3000, 12), VectorizerSpec.reference().withSequenceLength(12));
    assertEquals(new VectorizerSpec(50, 150), VectorizerSpec.reference().withMaxTokens(50));
    assertEquals(
        "maxTokens must be >= 2, got 1",
        assertThrows(IllegalArgumentException.class, () -> new VectorizerSpec(1, 150))
            .getMessage());
    assertEquals(
        "sequenceLength must be >= 1, got 0",
        assertThrows(IllegalArgumentException.class, () -> new VectorizerSpec(3000, 0))
            .getMessage());
  }

  private static String words(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append("W").append(1 + i % 3).append(i % 2 == 0 ? ", " : " ");
    }
    return text.toString();
  }

  private static int[] padded(int... ids) {
    return Arrays.copyOf(ids, 150);
  }
}
