package dev.tfal.text;

import java.util.List;
import java.util.Objects;

/**
 * An immutable token-to-id mapping laid out like a Keras {@code TextVectorization} vocabulary: id 0
 * is the padding token "", id 1 the OOV token "[UNK]", then the learned tokens, most frequent
 * first. Safe to share between threads.
 */
public final class Vocabulary {
  /** Token of id 0, which pads short sequences. */
  public static final String PADDING_TOKEN = "";

  /** Token of id 1, which every out-of-vocabulary token maps to. */
  public static final String OOV_TOKEN = "[UNK]";

  public static final int PADDING_ID = 0;
  public static final int OOV_ID = 1;

  private final List<String> tokens;
  private final TokenTable index;

  private Vocabulary(List<String> tokens) {
    this.tokens = List.copyOf(tokens);
    TokenTable table = new TokenTable();
    for (String token : this.tokens) {
      table.add(token);
    }
    this.index = table;
  }

  /**
   * A vocabulary with exactly these tokens, in order: "" first, "[UNK]" second, then distinct
   * tokens without whitespace.
   *
   * @throws IllegalArgumentException naming the first offending index otherwise
   */
  public static Vocabulary of(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    TokenRules.firstProblem(tokens, i -> "tokens[" + i + "]")
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(
                  "tokens[" + problem.index() + "]: " + problem.message());
            });
    return new Vocabulary(tokens);
  }

  /**
   * Keras' {@code adapt}: counts the standardized, whitespace-split tokens of {@code texts} and
   * keeps the {@code maxTokens - 2} most frequent (see {@link VocabularyBuilder#build}).
   */
  public static Vocabulary adapt(Iterable<String> texts, int maxTokens) {
    return new VocabularyBuilder().addAll(texts).build(maxTokens);
  }

  /** Number of ids, including the padding and OOV tokens. */
  public int size() {
    return tokens.size();
  }

  /** The id of {@code token} as given (not standardized); {@link #OOV_ID} when absent. */
  public int id(String token) {
    int entry = index.find(Objects.requireNonNull(token, "token"));
    return entry < 0 ? OOV_ID : entry;
  }

  /** The id of the cursor's current token; {@link #OOV_ID} when absent. */
  int id(TokenCursor cursor) {
    int entry = index.find(cursor.buffer(), cursor.length(), cursor.hash());
    return entry < 0 ? OOV_ID : entry;
  }

  /** The token of {@code id}. */
  public String token(int id) {
    if (id < 0 || id >= tokens.size()) {
      throw new IllegalArgumentException("id must be in [0, " + tokens.size() + "), got " + id);
    }
    return tokens.get(id);
  }

  /** All tokens by id, starting with "" and "[UNK]"; unmodifiable. */
  public List<String> tokens() {
    return tokens;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Vocabulary that && tokens.equals(that.tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  @Override
  public String toString() {
    return "Vocabulary[size=" + tokens.size() + "]";
  }
}
