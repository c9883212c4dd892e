package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one entry point for reading labelled data: picks a reader from the path (a directory or
 * {@code .tar.gz}/{@code .tgz} in the aclImdb layout, {@code .csv}, {@code .tsv}, {@code
 * .jsonl}/{@code .ndjson}) and checks the result holds both classes.
 */
public final class ExampleSource {
  static final String SUPPORTED =
      "a directory or .tar.gz/.tgz in the aclImdb layout, .csv, .tsv, .jsonl or .ndjson";

  private ExampleSource() {}

  /**
   * Reads every example at {@code path}.
   *
   * @param columns column names for CSV, TSV and JSONL; ignored for the aclImdb layout
   * @throws DataFormatException if the path is missing, of an unsupported kind or its content is
   *     unusable, including data with only one class
   * @throws IOException if the path cannot be read
   */
  public static LabeledCorpus read(Path path, ColumnSpec columns) throws IOException {
    return readerFor(path, columns).readCorpus(path);
  }

  /** The reader {@link #read} uses for {@code path}. */
  public static ExampleReader readerFor(Path path, ColumnSpec columns) {
    if (!Files.exists(path)) {
      throw new DataFormatException(path, "no such file or directory");
    }
    String name =
        path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (Files.isDirectory(path) || name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
      return new AclImdbReader();
    } else if (name.endsWith(".csv")) {
      return DelimitedReader.csv(columns);
    } else if (name.endsWith(".tsv")) {
      return DelimitedReader.tsv(columns);
    } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return new JsonlReader(columns);
    }
    throw new DataFormatException(path, "unsupported data file; supported: " + SUPPORTED);
  }
}
