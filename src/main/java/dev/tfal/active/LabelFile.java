package dev.tfal.active;

import dev.tfal.data.Example;
import dev.tfal.data.LabelParser;
import dev.tfal.error.DataFormatException;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.Utf8Text;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The CSV file of one round's queries that the files oracle writes and an annotator fills in:
 * header {@code id,text,label}, one row per query, the label column empty. A filled file is read
 * whole and every row checked before any answer is returned, so a bad file yields no answers. Rows
 * may be deleted to skip their queries (those reviews stay in the pool); a row that stays must
 * carry a label.
 */
final class LabelFile {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String LABEL = "label";

  /** Bad rows listed by line in an error, beyond the first one it describes. */
  private static final int LINES_LISTED = 10;

  private static final CSVFormat WRITE =
      CSVFormat.DEFAULT.builder().setHeader(ID, TEXT, LABEL).setRecordSeparator('\n').build();
  private static final CSVFormat READ =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .build();

  private LabelFile() {}

  /** Writes {@code queries} with an empty label column, atomically. */
  static void write(Path file, List<Example> queries) throws IOException {
    AtomicFiles.write(
        file,
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          try (CSVPrinter printer = new CSVPrinter(writer, WRITE)) {
            for (Example query : queries) {
              printer.printRecord(query.id(), query.text(), "");
            }
          }
        });
  }

  /**
   * The answers of a filled file, in file order, as the files oracle's answers in {@code round}.
   *
   * @param asked the ids the round asked for; any other id is an error
   * @throws DataFormatException naming the file and the line of the first bad row (and how many
   *     more there are) if any row is bad, or if no row is left
   */
  static List<LabelRecord> read(Path file, Set<String> asked, int round) throws IOException {
    String text = Utf8Text.decode(Files.readAllBytes(file), file);
    try (CSVParser parser = open(file, text)) {
      requireColumns(file, parser.getHeaderNames());
      Rows rows = new Rows(file, text, asked, round);
      Iterator<CSVRecord> records = parser.iterator();
      while (hasNext(records, parser, file)) {
        rows.add(records.next());
      }
      return rows.answers();
    }
  }

  /** Collects the answers and the problems of the rows, in order. */
  private static final class Rows {
    private final Path file;
    private final String text;
    private final Set<String> asked;
    private final int round;
    private final List<LabelRecord> answers = new ArrayList<>();
    private final Map<String, Long> lineById = new HashMap<>();
    private final List<Long> badLines = new ArrayList<>();
    private String firstProblem;
    private int position;
    private long line = 1;

    Rows(Path file, String text, Set<String> asked, int round) {
      this.file = file;
      this.text = text;
      this.asked = asked;
      this.round = round;
    }

    void add(CSVRecord record) {
      long at = lineAt(record.getCharacterPosition());
      String id = record.isSet(ID) ? record.get(ID).strip() : "";
      String label = record.isSet(LABEL) ? record.get(LABEL) : "";
      String wrong = idProblem(id, at);
      if (wrong == null && label.isBlank()) {
        wrong =
            "no label for \""
                + id
                + "\": write pos or neg (or 1/0) in the label column; "
                + "to skip this query, delete its row";
      }
      if (wrong != null) {
        problem(at, wrong);
        return;
      }
      int value;
      try {
        value = LabelParser.parse(label, LABEL, file, at);
      } catch (DataFormatException e) {
        problem(
            at,
            "unknown label \""
                + label.strip()
                + "\" for \""
                + id
                + "\"; accepted: "
                + LabelParser.ACCEPTED);
        return;
      }
      answers.add(new LabelRecord(id, value, round, FilesOracle.NAME));
    }

    /** What is wrong with the id on line {@code at}, or null; a good id's line is remembered. */
    private String idProblem(String id, long at) {
      if (id.isEmpty()) {
        return "no id: ids must stay as written";
      }
      if (!asked.contains(id)) {
        return "unknown id \""
            + id
            + "\": round "
            + round
            + " did not ask for it (ids must "
            + "stay as written)";
      }
      Long first = lineById.putIfAbsent(id, at);
      return first == null ? null : "duplicate id \"" + id + "\" (first on line " + first + ")";
    }

    private void problem(long at, String message) {
      if (firstProblem == null) {
        firstProblem = message;
      }
      badLines.add(at);
    }

    List<LabelRecord> answers() {
      if (!badLines.isEmpty()) {
        int more = badLines.size() - 1;
        String rest =
            more == 0
                ? ""
                : " (and "
                    + more
                    + " more bad row"
                    + (more == 1 ? "" : "s")
                    + " on line"
                    + (more == 1 ? " " : "s ")
                    + badLines.stream()
                        .skip(1)
                        .limit(LINES_LISTED)
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "))
                    + (more > LINES_LISTED ? ", ..." : "")
                    + ")";
        throw new DataFormatException(
            file, badLines.get(0), firstProblem + rest + "; nothing was imported");
      }
      if (answers.isEmpty()) {
        throw new DataFormatException(
            file,
            "no rows left to import: label at least one query "
                + "(delete only the rows you want to skip)");
      }
      return List.copyOf(answers);
    }

    /** The 1-based line of a character position; positions come in increasing order. */
    private long lineAt(long target) {
      for (; position < target && position < text.length(); position++) {
        if (text.charAt(position) == '\n') {
          line++;
        }
      }
      return line;
    }
  }

  private static CSVParser open(Path file, String text) throws IOException {
    try {
      return CSVParser.parse(new StringReader(text), READ);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, 1, "bad CSV header: " + e.getMessage());
    } catch (IOException e) {
      // Reading a String cannot fail: this is the parser rejecting the header row.
      throw new DataFormatException(file, 1, "malformed CSV header: " + e.getMessage());
    }
  }

  private static void requireColumns(Path file, List<String> header) {
    for (String column : List.of(ID, LABEL)) {
      if (header.stream().noneMatch(column::equalsIgnoreCase)) {
        throw new DataFormatException(
            file,
            1,
            "missing column \""
                + column
                + "\" in header; "
                + "expected "
                + ID
                + ","
                + TEXT
                + ","
                + LABEL
                + ", got: "
                + String.join(",", header));
      }
    }
  }

  private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, Path file) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new DataFormatException(
          file, parser.getCurrentLineNumber() + 1, "malformed CSV: " + e.getCause().getMessage());
    }
  }
}
