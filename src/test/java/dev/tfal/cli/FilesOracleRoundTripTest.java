package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.io.JsonLineCrc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code tfal learn --oracle files} end to end on the micro preset: the session stops with {@code
 * queries-round-1.csv}, the filled file is imported by {@code --resume} (all rows or none) and the
 * session completes. Each test resumes its own copy of the stopped run.
 */
class FilesOracleRoundTripTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUERIES = "queries-round-1.csv";

  @TempDir static Path tmp;
  private static TfalHome home;
  private static Path stopped;
  private static Execution start;

  @BeforeAll
  static void startSession() throws IOException {
    home = TfalHome.create(tmp);
    stopped = tmp.resolve("runs").resolve("stopped");
    start =
        home.runMicro(
            "learn",
            "--strategy",
            "entropy",
            "--queries",
            "4",
            "--rounds",
            "1",
            "--oracle",
            "files",
            "--out",
            stopped.toString());
  }

  @Test
  void learnStopsWithTheQueryFileAndSaysWhatToDo() throws IOException {
    assertEquals(0, start.code(), start.describe());
    Path queries = stopped.resolve(QUERIES);
    assertTrue(
        start
            .errLines()
            .contains(
                "Stopping: Wrote 4 queries to "
                    + queries
                    + ": fill the "
                    + "label column with pos/neg (or 1/0), delete the rows to skip, then run: ./tfal learn "
                    + "--resume "
                    + stopped),
        start.err());
    assertTrue(
        start.errLines().contains("Round 1: 4 queries (entropy) wait for labels"), start.err());
    List<String> lines = Files.readAllLines(queries);
    assertEquals("id,text,label", lines.get(0));
    assertEquals(5, lines.size());
    Set<String> pool = Set.copyOf(Files.readAllLines(stopped.resolve("splits/pool.txt")));
    for (String row : lines.subList(1, 5)) {
      assertTrue(row.endsWith(","), "label not empty: " + row);
      assertTrue(pool.contains(row.substring(0, row.indexOf(','))), row);
    }
    assertEquals(0, Files.size(stopped.resolve("labels.jsonl")));
    JsonNode metrics = JSON.readTree(stopped.resolve("metrics.json").toFile());
    assertTrue(metrics.get("pending_labels").asBoolean());
    assertEquals(8, metrics.get("labels").asInt());
    assertTrue(start.out().contains("pending_labels         true"), start.out());
    assertEquals(2, Files.readAllLines(stopped.resolve("rounds.csv")).size());
  }

  @Test
  void theFilledFileIsImportedAndTheSessionCompletes() throws IOException {
    Path run = copyOfStoppedRun("filled");
    List<String> ids = fill(run, List.of("pos", "neg", "1", " NEGATIVE "));

    Execution resumed = home.run("learn", "--resume", run.toString());

    assertEquals(0, resumed.code(), resumed.describe());
    assertTrue(
        resumed
            .errLines()
            .contains(
                "Imported 4 labels of round 1 from "
                    + run.resolve(QUERIES)
                    + " (2 positive, 2 negative)"),
        resumed.err());
    assertEquals(
        List.of(
            record(ids.get(0), 1),
            record(ids.get(1), 0),
            record(ids.get(2), 1),
            record(ids.get(3), 0)),
        journalEntries(run));
    assertCompleted(run, 12);
  }

  static Stream<Arguments> malformedFiles() {
    return Stream.of(
        Arguments.of(
            "unknown id",
            2,
            "unknown id \"nope\": round 1 did not ask for it",
            (UnaryOperator<List<String>>)
                rows -> set(rows, 0, "nope," + text(rows.get(0)) + "pos")),
        Arguments.of(
            "bad label",
            3,
            "unknown label \"maybe\" for ",
            (UnaryOperator<List<String>>)
                rows -> set(rows, 1, id(rows.get(1)) + "," + text(rows.get(1)) + "maybe")),
        Arguments.of(
            "missing label",
            4,
            "no label for ",
            (UnaryOperator<List<String>>)
                rows -> set(rows, 2, id(rows.get(2)) + "," + text(rows.get(2)))),
        Arguments.of(
            "duplicate id",
            5,
            "duplicate id ",
            (UnaryOperator<List<String>>)
                rows -> set(rows, 3, id(rows.get(0)) + "," + text(rows.get(3)) + "pos")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFiles")
  void aMalformedFileImportsNothingAndCanBeFixed(
      String name, int line, String problem, UnaryOperator<List<String>> spoil) throws IOException {
    Path run = copyOfStoppedRun(name.replace(' ', '-'));
    Path queries = run.resolve(QUERIES);
    List<String> original = Files.readAllLines(queries);
    List<String> rows = new ArrayList<>(original.subList(1, original.size()));
    rows.replaceAll(row -> row + "neg");
    write(queries, spoil.apply(rows));
    byte[] journal = Files.readAllBytes(run.resolve("labels.jsonl"));

    Execution bad = home.run("learn", "--resume", run.toString());

    assertEquals(3, bad.code(), bad.describe());
    String error = bad.errLinesStartingWith("tfal learn: ").get(0);
    assertTrue(error.startsWith("tfal learn: " + queries + ":" + line + ": " + problem), error);
    assertTrue(error.endsWith("; nothing was imported"), error);
    assertFalse(bad.hasStackTrace(), bad.err());
    assertArrayEquals(journal, Files.readAllBytes(run.resolve("labels.jsonl")));
    assertTrue(Files.exists(run.resolve("pending-queries.json")));

    List<String> fixed = new ArrayList<>(original);
    fixed.remove(3);
    fixed.set(1, fixed.get(1) + "pos");
    fixed.set(2, fixed.get(2) + "neg");
    fixed.set(3, fixed.get(3) + "neg");
    Files.write(queries, fixed);
    Execution resumed = home.run("learn", "--resume", run.toString());

    assertEquals(0, resumed.code(), resumed.describe());
    assertTrue(
        resumed
            .err()
            .contains(
                "Imported 3 labels of round 1 from "
                    + queries
                    + " (1 positive, 2 negative); 1 query skipped, back in the pool"),
        resumed.err());
    assertEquals(
        List.of(
            record(id(original.get(1)), 1),
            record(id(original.get(2)), 0),
            record(id(original.get(4)), 0)),
        journalEntries(run));
    assertCompleted(run, 11);
  }

  @Test
  void ratioSamplingWithAnotherOracleFailsBeforeAnyTraining() {
    Path out = tmp.resolve("runs").resolve("ratio-files");

    Execution run = home.runMicro("learn", "--oracle", "files", "--out", out.toString());

    assertEquals(2, run.code(), run.describe());
    assertTrue(
        run.err()
            .startsWith(
                "tfal learn: strategy 'ratio' takes pool items by their true "
                    + "class, which only the simulated oracle knows, not the files oracle"),
        run.err());
    assertFalse(run.err().contains("Epoch"), run.err());
    assertTrue(TfalHome.isAbsentOrEmpty(out));
  }

  @Test
  void helpListsTheOracles() {
    Execution help = home.run("learn", "--help");

    assertEquals(0, help.code(), help.describe());
    String text = help.out().replaceAll("\\s+", " ");
    assertTrue(text.contains("Who labels (default: simulated): simulated, files, prompt."), text);
    assertTrue(text.contains("files: writes each round's queries to queries-round-N.csv"), text);
    assertTrue(text.contains("prompt: asks at the terminal"), text);
  }

  private static void assertCompleted(Path run, int labels) throws IOException {
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    assertFalse(metrics.get("pending_labels").asBoolean(), metrics.toString());
    assertEquals("1 round done", metrics.get("stop_reason").asText());
    assertEquals(labels, metrics.get("labels").asInt());
    assertFalse(Files.exists(run.resolve("pending-queries.json")));
    assertFalse(Files.exists(run.resolve("queries-round-2.csv")));
    List<String> rounds = Files.readAllLines(run.resolve("rounds.csv"));
    assertEquals(
        List.of("0", "1"),
        rounds.subList(1, rounds.size()).stream()
            .map(r -> r.substring(0, r.indexOf(',')))
            .toList());
  }

  /** Writes {@code labels} into the label column, row by row; returns the ids in file order. */
  private static List<String> fill(Path run, List<String> labels) throws IOException {
    Path queries = run.resolve(QUERIES);
    List<String> lines = new ArrayList<>(Files.readAllLines(queries));
    List<String> ids = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      lines.set(i, lines.get(i) + labels.get(i - 1));
      ids.add(id(lines.get(i)));
    }
    Files.write(queries, lines);
    return ids;
  }

  private static void write(Path queries, List<String> rows) throws IOException {
    List<String> lines = new ArrayList<>(List.of("id,text,label"));
    lines.addAll(rows);
    Files.write(queries, lines);
  }

  private static List<String> set(List<String> rows, int index, String row) {
    List<String> changed = new ArrayList<>(rows);
    changed.set(index, row);
    return changed;
  }

  private static String id(String row) {
    return row.substring(0, row.indexOf(','));
  }

  /** The text field of a row with its trailing comma, without the label. */
  private static String text(String row) {
    return row.substring(row.indexOf(',') + 1, row.lastIndexOf(',') + 1);
  }

  /** The journal's entries without their checksum fields. */
  private static List<String> journalEntries(Path run) throws IOException {
    return Files.readAllLines(run.resolve("labels.jsonl")).stream()
        .map(line -> JsonLineCrc.open(line).orElseThrow())
        .toList();
  }

  private static String record(String id, int label) {
    return "{\"id\":\"" + id + "\",\"label\":" + label + ",\"round\":1,\"oracle\":\"files\"}";
  }

  private static Path copyOfStoppedRun(String name) throws IOException {
    Path copy = tmp.resolve("runs").resolve(name);
    try (Stream<Path> files = Files.walk(stopped)) {
      for (Path source : files.toList()) {
        Files.copy(source, copy.resolve(stopped.relativize(source).toString()));
      }
    }
    return copy;
  }
}
