package dev.tfal.job;

import dev.tfal.data.ColumnSpec;
import dev.tfal.data.Example;
import dev.tfal.data.ExampleSource;
import dev.tfal.data.LabeledCorpus;
import dev.tfal.data.SplitSizes;
import dev.tfal.data.Splits;
import dev.tfal.data.StratifiedSplitter;
import dev.tfal.error.DataFormatException;
import dev.tfal.text.TextVectorizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
    Optional<List<Example>> validation = heldOut(config.validationSource(), corpus, config, log);
    Optional<List<Example>> test = heldOut(config.testSource(), corpus, config, log);
    Splits carved = split(corpus, config, sizes(config, corpus, validation, test));
    Splits splits =
        new Splits(
            validation.orElse(carved.validation()),
            test.orElse(carved.test()),
            carved.initial(),
            carved.pool());
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

  /**
   * The examples of a held-out file ({@code --test FILE}, {@code --validation FILE}), read with the
   * classes of the training data: a label outside them names the file and line.
   */
  private static Optional<List<Example>> heldOut(
      Optional<Path> file, LabeledCorpus corpus, DataConfig config, PrintStream log)
      throws IOException {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    ColumnSpec columns = config.columns().withLabels(corpus.labels().names());
    LabeledCorpus read = ExampleSource.read(file.get(), columns);
    log.printf("Read %,d held-out examples from %s (%s)%n", read.size(), file.get(), counts(read));
    return Optional.of(read.examples());
  }

  /**
   * The split sizes: as given, or fitted to the data ({@link SplitSizes#proportional}), with no
   * examples carved for a split that comes from its own file.
   */
  static SplitSizes sizes(
      DataConfig config,
      LabeledCorpus corpus,
      Optional<List<Example>> validation,
      Optional<List<Example>> test) {
    SplitSizes base = config.fitSizes() ? SplitSizes.proportional(corpus.size()) : config.sizes();
    return new SplitSizes(
        validation.isPresent() ? 0 : base.validation(),
        test.isPresent() ? 0 : base.test(),
        base.initial());
  }

  /** Splits the corpus; a split problem (too few reviews, repeated ids) names the data file. */
  private static Splits split(LabeledCorpus corpus, DataConfig config, SplitSizes sizes) {
    try {
      return StratifiedSplitter.split(corpus.examples(), corpus.labels(), sizes, config.seed());
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
