package dev.tfal.cli;

import dev.tfal.data.ColumnSpec;
import dev.tfal.data.DataLocation;
import dev.tfal.data.DataLocator;
import dev.tfal.data.DatasetDownloader;
import dev.tfal.data.DownloadSpec;
import dev.tfal.data.SplitSizes;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the labelled data is and how to read it. */
final class DataOptions {
  static final String ENV = "TFAL_DATA";

  @Option(
      names = "--data",
      paramLabel = "PATH",
      description = {
        "Labelled data: an aclImdb directory or .tar.gz, or a .csv/.tsv/.jsonl file.",
        "Default: $TFAL_DATA, else data/aclImdb_v1.tar.gz, else it is downloaded there."
      })
  Path data;

  @Option(
      names = "--text-column",
      paramLabel = "NAME",
      defaultValue = "text",
      description = "Text column of CSV/TSV/JSONL data (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(
      names = "--label-column",
      paramLabel = "NAME",
      defaultValue = "label",
      description = {
        "Label column of CSV/TSV/JSONL data (default: ${DEFAULT-VALUE}).",
        "Labels: class names (0/1, neg/pos, negative/positive are the two binary classes)."
      })
  String labelColumn;

  @Option(
      names = "--labels",
      paramLabel = "A,B,...",
      split = ",",
      description = {
        "The classes, in id order; a label outside them is an error.",
        "Default: the labels found in the data, sorted (binary data: negative, positive)."
      })
  List<String> labels;

  @Option(
      names = "--id-column",
      paramLabel = "NAME",
      defaultValue = "id",
      description = "Optional id column (default: ${DEFAULT-VALUE}; rows are numbered if absent).")
  String idColumn;

  ColumnSpec columns() {
    return new ColumnSpec(
        textColumn, labelColumn, idColumn, labels == null ? List.of() : List.copyOf(labels));
  }

  /** Finds the data: --data, then $TFAL_DATA, then the cache, then a download into the cache. */
  Path locate(Environment env, PrintStream log) throws IOException {
    DataLocator locator =
        new DataLocator(env.dataCache(), DownloadSpec.imdb(), DatasetDownloader.defaults(log));
    DataLocation location = locator.locate(Optional.ofNullable(data), env.variable(ENV));
    return location.path();
  }

  /**
   * Split sizes, totals over all classes, each class giving its share. Without any of the three,
   * the sizes are fitted to the data: a tenth, a tenth and three tenths of it (the reference's
   * 5,000, 5,000 and 15,000 for IMDB's 50,000 reviews); one given alone leaves the others at the
   * reference's.
   */
  static final class Sizes {
    @Option(
        names = "--val-size",
        paramLabel = "N",
        description = "Validation examples (default: a tenth of the data; 5000 for IMDB).")
    Integer validation;

    @Option(
        names = "--test-size",
        paramLabel = "N",
        description = "Test examples (default: a tenth of the data; 5000 for IMDB).")
    Integer test;

    @Option(
        names = "--initial-size",
        paramLabel = "N",
        description = {
          "Initial labelled examples (default: three tenths of the data; 15000 for IMDB).",
          "The vocabulary is adapted on them; the rest is the pool."
        })
    Integer initial;

    SplitSizes toSizes() {
      SplitSizes reference = SplitSizes.reference();
      return new SplitSizes(
          validation != null ? validation : reference.validation(),
          test != null ? test : reference.test(),
          initial != null ? initial : reference.initial());
    }

    /** Whether no size was given, so that the sizes are fitted to the data. */
    boolean fit() {
      return validation == null && test == null && initial == null;
    }
  }
}
