package dev.tfal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Review-like English-free text for speed measurements: words drawn from a Zipf-like distribution
 * over a fixed lexicon, with punctuation, capitals and IMDB's {@code <br />} line breaks, about as
 * long as an IMDB review (230 words, ~1,300 characters).
 */
final class SyntheticReviews {
  private static final String[] PUNCTUATION = {
    "", "", "", "", ".", ",", "!", "'s", ".<br /><br />", "?"
  };
  private final String[] lexicon;
  private final SplittableRandom random;

  SyntheticReviews(long seed) {
    this.random = new SplittableRandom(seed);
    this.lexicon = new String[30_000];
    for (int i = 0; i < lexicon.length; i++) {
      StringBuilder word = new StringBuilder();
      int length = 2 + random.nextInt(8);
      for (int j = 0; j < length; j++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      if (random.nextInt(10) == 0) {
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
      }
      lexicon[i] = word.toString();
    }
  }

  List<String> take(int count) {
    List<String> reviews = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      reviews.add(next());
    }
    return reviews;
  }

  String next() {
    StringBuilder review = new StringBuilder(1400);
    for (int word = 0; word < 230; word++) {
      double u = random.nextDouble();
      int rank = (int) Math.floor(Math.pow(lexicon.length, u * u)) - 1;
      review
          .append(lexicon[Math.max(0, Math.min(lexicon.length - 1, rank))])
          .append(PUNCTUATION[random.nextInt(PUNCTUATION.length)])
          .append(' ');
    }
    return review.toString();
  }
}
