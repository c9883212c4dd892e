package dev.tfal.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Keras' adapt step: accumulates token counts over any number of texts, then builds a {@link
 * Vocabulary} of the most frequent tokens. Mutable and not thread-safe; use one per adapt run.
 */
public final class VocabularyBuilder {
  private final TokenTable table = new TokenTable();
  private final TokenCursor cursor = new TokenCursor();
  private long[] counts = new long[1024];

  /** Counts the standardized, whitespace-split tokens of {@code text}. */
  public VocabularyBuilder add(String text) {
    cursor.reset(Objects.requireNonNull(text, "text"));
    while (cursor.next()) {
      int entry = table.add(cursor.buffer(), cursor.length(), cursor.hash());
      if (entry == counts.length) {
        counts = Arrays.copyOf(counts, entry * 2);
      }
      counts[entry]++;
    }
    return this;
  }

  /** Counts the tokens of every text. */
  public VocabularyBuilder addAll(Iterable<String> texts) {
    for (String text : texts) {
      add(text);
    }
    return this;
  }

  /** Number of distinct tokens counted so far. */
  public int distinctTokens() {
    return table.size();
  }

  /** How often {@code token} (already standardized) has been counted. */
  public long count(String token) {
    int entry = table.find(token);
    return entry < 0 ? 0 : counts[entry];
  }

  /**
   * The vocabulary "", "[UNK]", then the {@code maxTokens - 2} most frequent tokens (fewer if fewer
   * were seen), as Keras orders them: count descending, ties by token descending in unsigned UTF-8
   * byte order (numpy {@code lexsort((tokens, counts))[::-1]}). Tokens equal to "" or "[UNK]" are
   * not learned again.
   *
   * @throws IllegalArgumentException if {@code maxTokens < 2}
   */
  public Vocabulary build(int maxTokens) {
    if (maxTokens < 2) {
      throw new IllegalArgumentException("maxTokens must be >= 2, got " + maxTokens);
    }
    List<Candidate> candidates = candidates();
    candidates.sort(VocabularyBuilder::kerasOrder);
    int learned = Math.min(maxTokens - 2, candidates.size());
    List<String> tokens = new ArrayList<>(learned + 2);
    tokens.add(Vocabulary.PADDING_TOKEN);
    tokens.add(Vocabulary.OOV_TOKEN);
    for (int i = 0; i < learned; i++) {
      tokens.add(candidates.get(i).token);
    }
    return Vocabulary.of(tokens);
  }

  private List<Candidate> candidates() {
    List<Candidate> candidates = new ArrayList<>(table.size());
    for (int entry = 0; entry < table.size(); entry++) {
      String token = table.token(entry);
      if (!token.equals(Vocabulary.PADDING_TOKEN) && !token.equals(Vocabulary.OOV_TOKEN)) {
        candidates.add(new Candidate(token, counts[entry]));
      }
    }
    return candidates;
  }

  private static int kerasOrder(Candidate a, Candidate b) {
    int byCount = Long.compare(b.count, a.count);
    return byCount != 0 ? byCount : Arrays.compareUnsigned(b.utf8, a.utf8);
  }

  /** A counted token with its UTF-8 bytes, the order Keras breaks ties in. */
  private static final class Candidate {
    final String token;
    final byte[] utf8;
    final long count;

    Candidate(String token, long count) {
      this.token = token;
      this.utf8 = token.getBytes(StandardCharsets.UTF_8);
      this.count = count;
    }
  }
}
