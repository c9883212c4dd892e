package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import dev.tfal.io.Utf8Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads CSV or TSV files (RFC 4180 quoting, UTF-8) whose first row is a header naming the columns
 * of a {@link ColumnSpec}. Without an id column, each row gets the id {@code row-<line>}.
 */
public final class DelimitedReader implements ExampleReader {
  private final CSVFormat format;
  private final String kind;
  private final ColumnSpec columns;

  private DelimitedReader(char delimiter, String kind, ColumnSpec columns) {
    this.format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .build();
    this.kind = kind;
    this.columns = Objects.requireNonNull(columns, "columns");
  }

  /** A reader of comma-separated files. */
  public static DelimitedReader csv(ColumnSpec columns) {
    return new DelimitedReader(',', "CSV", columns);
  }

  /** A reader of tab-separated files. */
  public static DelimitedReader tsv(ColumnSpec columns) {
    return new DelimitedReader('\t', "TSV", columns);
  }

  @Override
  public List<Example> read(Path file) throws IOException {
    return collect(file).decoded();
  }

  @Override
  public LabeledCorpus readCorpus(Path file) throws IOException {
    return collect(file).corpus();
  }

  private ExampleCollector collect(Path file) throws IOException {
    String text = Utf8Text.decode(Files.readAllBytes(file), file);
    if (text.isBlank()) {
      throw new DataFormatException(file, "no examples: the file is empty");
    }
    try (CSVParser parser = open(file, text)) {
      List<String> header = parser.getHeaderNames();
      requireColumns(file, header);
      boolean hasIds = header.contains(columns.idColumn());
      LineCounter lines = new LineCounter(text);
      ExampleCollector collector = new ExampleCollector(file, new LabelDecoder(columns.labels()));
      Iterator<CSVRecord> records = parser.iterator();
      while (hasNext(records, parser, file)) {
        CSVRecord record = records.next();
        addRecord(record, hasIds, lines.lineAt(record.getCharacterPosition()), collector);
      }
      return collector;
    }
  }

  private void addRecord(CSVRecord record, boolean hasIds, long line, ExampleCollector collector) {
    Path file = collector.file();
    String id = hasIds ? value(record, columns.idColumn(), file, line) : "row-" + line;
    String label = value(record, columns.labelColumn(), file, line);
    String review = value(record, columns.textColumn(), file, line);
    collector.add(id, review, label, columns.labelColumn(), line);
  }

  private CSVParser open(Path file, String text) throws IOException {
    try {
      return CSVParser.parse(new StringReader(text), format);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, 1, "bad " + kind + " header: " + e.getMessage());
    } catch (IOException e) {
      // Reading a String cannot fail: this is the parser rejecting the header row.
      throw new DataFormatException(file, 1, "malformed " + kind + " header: " + e.getMessage());
    }
  }

  private boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, Path file) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new DataFormatException(
          file,
          parser.getCurrentLineNumber() + 1,
          "malformed " + kind + ": " + e.getCause().getMessage());
    }
  }

  private void requireColumns(Path file, List<String> header) {
    for (String column : List.of(columns.textColumn(), columns.labelColumn())) {
      if (!header.contains(column)) {
        throw new DataFormatException(
            file,
            1,
            "missing column \""
                + column
                + "\" in header; columns present: "
                + String.join(", ", header));
      }
    }
  }

  private static String value(CSVRecord record, String column, Path file, long line) {
    if (!record.isSet(column)) {
      throw new DataFormatException(
          file,
          line,
          "row has no value for column \""
              + column
              + "\": it has "
              + record.size()
              + " fields, fewer than the header");
    }
    return record.get(column);
  }
}
