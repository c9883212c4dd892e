package dev.tfal.metrics;

import dev.tfal.data.LabelSet;
import dev.tfal.error.DataFormatException;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.Utf8Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code confusion.csv}: a header {@code true\predicted,<label names>}, then one row per true class
 * in label order, its name and then its counts by predicted class. RFC 4180 quoting, UTF-8, LF line
 * ends; written atomically.
 */
public final class ConfusionCsv {
  /** The first cell of the header: rows are true classes, columns predicted ones. */
  public static final String CORNER = "true\\predicted";

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

  /** Up to 18 digits, so that every count parses as a long. */
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,18}");

  private ConfusionCsv() {}

  /** Writes {@code confusion} to {@code file}, replacing it atomically. */
  public static void write(ConfusionMatrix confusion, Path file) throws IOException {
    AtomicFiles.writeString(file, format(confusion));
  }

  /** The CSV text of {@code confusion}. */
  public static String format(ConfusionMatrix confusion) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      List<String> header = new ArrayList<>(List.of(CORNER));
      header.addAll(confusion.labels().names());
      printer.printRecord(header);
      long[][] counts = confusion.counts();
      for (int row = 0; row < counts.length; row++) {
        List<Object> cells = new ArrayList<>(List.of(confusion.labels().name(row)));
        for (long count : counts[row]) {
          cells.add(count);
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("appending to a StringBuilder cannot fail", e);
    }
    return out.toString();
  }

  /**
   * Reads a file written by {@link #write}.
   *
   * @throws DataFormatException if the file is not such a table, naming the line
   */
  public static ConfusionMatrix read(Path file) throws IOException {
    List<CSVRecord> records = records(file, Utf8Text.decode(Files.readAllBytes(file), file));
    if (records.isEmpty()) {
      throw new DataFormatException(file, "no header: the file is empty");
    }
    LabelSet labels = header(file, records.get(0));
    if (records.size() != labels.size() + 1) {
      throw new DataFormatException(
          file, "expected one row per label (" + labels.size() + "), got " + (records.size() - 1));
    }
    long[][] counts = new long[labels.size()][];
    for (int row = 0; row < counts.length; row++) {
      counts[row] = row(file, records.get(row + 1), labels, row);
    }
    return new ConfusionMatrix(labels, counts);
  }

  private static List<CSVRecord> records(Path file, String text) {
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      return parser.getRecords();
    } catch (IOException | UncheckedIOException e) {
      throw new DataFormatException(file, "malformed CSV: " + e.getMessage());
    }
  }

  private static LabelSet header(Path file, CSVRecord header) {
    if (!CORNER.equals(header.get(0))) {
      throw new DataFormatException(
          file, 1, "the header must start with " + CORNER + ", got \"" + header.get(0) + "\"");
    }
    try {
      return new LabelSet(header.toList().subList(1, header.size()));
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, 1, e.getMessage());
    }
  }

  private static long[] row(Path file, CSVRecord record, LabelSet labels, int row) {
    long line = record.getRecordNumber();
    if (record.size() != labels.size() + 1) {
      throw new DataFormatException(
          file, line, "expected " + (labels.size() + 1) + " cells, got " + record.size());
    }
    if (!labels.name(row).equals(record.get(0))) {
      throw new DataFormatException(
          file,
          line,
          "expected the row of \"" + labels.name(row) + "\", got \"" + record.get(0) + "\"");
    }
    long[] counts = new long[labels.size()];
    for (int column = 0; column < counts.length; column++) {
      counts[column] = count(file, line, record.get(column + 1));
    }
    return counts;
  }

  private static long count(Path file, long line, String cell) {
    if (!COUNT.matcher(cell).matches()) {
      throw new DataFormatException(
          file, line, "a count must be a whole number >= 0, got \"" + cell + "\"");
    }
    return Long.parseLong(cell);
  }
}
