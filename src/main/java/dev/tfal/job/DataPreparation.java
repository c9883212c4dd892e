package dev.tfal.job;

import dev.tfal.data.Example;
import dev.tfal.data.ExampleSource;
import dev.tfal.data.LabeledCorpus;
import dev.tfal.data.Splits;
import dev.tfal.data.StratifiedSplitter;
import dev.tfal.error.DataFormatException;
import dev.tfal.text.TextVectorizer;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** Reads the corpus, splits it and adapts the vectorizer, reporting each step on the log. */
public final class DataPreparation {
  private DataPreparation() {}

  public static PreparedData prepare(DataConfig config, PrintStream log) throws IOException {
    long start = System.nanoTime();
    log.printf("Reading %s%n", config.source());
    LabeledCorpus corpus = ExampleSource.read(config.source(), config.columns());
    log.printf(
        "Read %,d %s (%s) in %.1f s%n",
        corpus.size(),
        corpus.labels().isBinary() ? "reviews" : "examples",
        counts(corpus),
        seconds(start));
    Splits splits = split(corpus, config);
    log.printf(
        "Splits: validation %,d, test %,d, initial %,d, pool %,d%n",
        splits.validation().size(),
        splits.test().size(),
        splits.initial().size(),
        splits.pool().size());
    long adaptStart = System.nanoTime();
    List<String> adaptTexts = splits.initial().stream().map(Example::text).toList();
    TextVectorizer vectorizer = TextVectorizer.adapt(adaptTexts, config.vectorizer());
    log.printf(
        "Vocabulary: %,d tokens adapted on the %,d initial reviews in %.1f s%n",
        vectorizer.vocabulary().size(), adaptTexts.size(), seconds(adaptStart));
    return new PreparedData(corpus, splits, vectorizer);
  }

  /** Splits the corpus; a split problem (too few reviews, repeated ids) names the data file. */
  private static Splits split(LabeledCorpus corpus, DataConfig config) {
    try {
      return StratifiedSplitter.split(
          corpus.examples(), corpus.labels(), config.sizes(), config.seed());
    } catch (DataFormatException e) {
      if (e.file().isPresent()) {
        throw e;
      }
      throw new DataFormatException(corpus.source(), e.getMessage());
    }
  }

  /** "12,500 positive, 12,500 negative" for binary data, else "name n" per class. */
  private static String counts(LabeledCorpus corpus) {
    if (corpus.labels().isBinary()) {
      return String.format(
          "%,d positive, %,d negative",
          corpus.count(Example.POSITIVE), corpus.count(Example.NEGATIVE));
    }
    List<String> parts = new java.util.ArrayList<>();
    for (int id = 0; id < corpus.labels().size(); id++) {
      parts.add(String.format("%s %,d", corpus.labels().name(id), corpus.count(id)));
    }
    return String.join(", ", parts);
  }

  /**
   * Refuses data with more than two classes for {@code command}, which is binary for now.
   *
   * @throws DataFormatException naming the data file and its classes
   */
  public static void requireBinary(PreparedData data, String command) {
    if (!data.corpus().labels().isBinary()) {
      throw new DataFormatException(
          data.corpus().source(),
          command
              + " handles two classes (0/1, neg/pos) for now; this data has "
              + data.corpus().labels().size()
              + ": "
              + String.join(", ", data.corpus().labels().names())
              + " (tfal train and evaluate take any number)");
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
