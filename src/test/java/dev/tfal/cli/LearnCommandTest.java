package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.active.QueryStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfal learn} in-process on the 32 hand-written reviews (8 validation, 8 test, 8 initial, 8
 * pool) with the micro preset: two query rounds of 2 labels, once with the metrics table and once
 * with {@code --json}; plus the usage errors and the help.
 */
class LearnCommandTest {
  /** The documented columns of rounds.csv. */
  static final String ROUNDS_HEADER =
      "round,labels,labels_positive,labels_negative,pseudo_labels,pseudo_label_accuracy,queried,"
          + "queried_positive,queried_negative,audited,audit_accuracy,val_loss,val_binary_accuracy,"
          + "val_false_negatives,val_false_positives,test_loss,test_binary_accuracy,"
          + "test_false_negatives,test_false_positives,epochs,train_seconds,score_seconds,"
          + "select_seconds";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @TempDir static Path tmp;
  private static TfalHome home;
  private static Path runDir;
  private static Execution learn;
  private static Path jsonRunDir;
  private static Execution jsonLearn;

  @BeforeAll
  static void learn() throws IOException {
    home = TfalHome.create(tmp);
    runDir = tmp.resolve("runs").resolve("table");
    learn = home.run(args(runDir, "--strategy", "entropy"));
    jsonRunDir = tmp.resolve("runs").resolve("json");
    jsonLearn =
        home.run(
            args(
                jsonRunDir,
                "--strategy",
                "random",
                "--audit-fraction",
                "0.5",
                "--reset",
                "--json"));
  }

  /** The learn arguments of the two sessions, with {@code extra} at the end. */
  static String[] args(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            Arrays.asList(
                TfalHome.microArgs(
                    "learn",
                    "--queries",
                    "2",
                    "--rounds",
                    "2",
                    "--epochs",
                    "2",
                    "--out",
                    out.toString())));
    args.addAll(Arrays.asList(extra));
    return args.toArray(String[]::new);
  }

  @Test
  void learnPrintsTheSessionMetricsTableOnStdout() {
    assertEquals(0, learn.code(), learn.describe());
    List<String> out = learn.out().lines().toList();
    assertTrue(out.contains(row("labels", 12)), learn.out());
    assertTrue(out.contains(row("rounds", 2)), learn.out());
    assertTrue(out.contains(row("strategy", "entropy")), learn.out());
    assertTrue(out.contains(row("stop_reason", "2 rounds done")), learn.out());
    assertTrue(out.contains(row("test_examples", 8)), learn.out());
    assertTrue(out.stream().anyMatch(l -> l.matches("best_round +[0-2]")), learn.out());
    assertTrue(
        out.stream().anyMatch(l -> l.matches("binary_accuracy +[01]\\.[0-9]{4}")), learn.out());
    assertEquals("run directory: " + runDir, out.get(out.size() - 1));
    assertFalse(learn.out().contains("Epoch"), "progress on stdout: " + learn.out());
    assertTrue(
        learn.errLines().contains("Round 1: 10 labelled, queried 2 (entropy): " + queriedLine(1)),
        learn.err());
    assertTrue(learn.errLines().contains("Stopping: 2 rounds done"), learn.err());
    assertTrue(TfalHome.isAbsentOrEmpty(home.dataCache()), "something was downloaded");
  }

  /** The class counts of query round {@code round} as the journal has them. */
  private static String queriedLine(int round) {
    try {
      List<JsonNode> entries =
          journal(runDir).stream().filter(e -> e.get("round").asInt() == round).toList();
      long positive = entries.stream().filter(e -> e.get("label").asInt() == 1).count();
      return positive + " positive, " + (entries.size() - positive) + " negative";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void runDirectoryHoldsTheSessionFiles() throws IOException {
    assertEquals(0, learn.code(), learn.describe());
    for (String file :
        List.of(
            "labels.jsonl",
            "state.json",
            "rounds.csv",
            "learning-curve.png",
            "metrics.json",
            "config.json",
            "config.json.sha256",
            "vocabulary.txt",
            "best/saved_model.pb",
            "rounds/round-0/saved_model.pb",
            "rounds/round-1/saved_model.pb",
            "rounds/round-2/saved_model.pb",
            "splits/pool.txt")) {
      assertTrue(Files.isRegularFile(runDir.resolve(file)), file + " missing");
    }
    assertFalse(Files.exists(runDir.resolve("arguments.json")), "settings kept as arguments");
    JsonNode record = JSON.readTree(runDir.resolve("config.json").toFile());
    assertEquals("learn", record.get("command").asText());
    assertEquals("entropy", record.at("/learning/strategy").asText());
    assertEquals(2, record.at("/learning/queriesPerRound").asInt());
    assertEquals(2, record.at("/training/epochs").asInt());
    try (InputStream png = Files.newInputStream(runDir.resolve("learning-curve.png"))) {
      assertArrayEquals(PNG_SIGNATURE, png.readNBytes(8));
    }
  }

  @Test
  void journalHoldsTwoPoolReviewsPerRound() throws IOException {
    List<JsonNode> entries = journal(runDir);
    assertEquals(4, entries.size(), entries.toString());
    List<String> pool = Files.readAllLines(runDir.resolve("splits/pool.txt"));
    Set<String> ids = new HashSet<>();
    for (JsonNode entry : entries) {
      assertTrue(pool.contains(entry.get("id").asText()), entry + " not a pool review");
      assertTrue(ids.add(entry.get("id").asText()), entry + " twice");
      assertEquals("simulated", entry.get("oracle").asText());
    }
    assertEquals(List.of(1, 1, 2, 2), entries.stream().map(e -> e.get("round").asInt()).toList());
  }

  @Test
  void roundsCsvHasOneRowPerRound() throws IOException {
    List<String> lines = Files.readAllLines(runDir.resolve("rounds.csv"));
    assertEquals(ROUNDS_HEADER, lines.get(0));
    assertEquals(4, lines.size(), lines.toString());
    int columns = ROUNDS_HEADER.split(",").length;
    for (int round = 0; round <= 2; round++) {
      String[] cells = lines.get(round + 1).split(",", -1);
      assertEquals(columns, cells.length, lines.get(round + 1));
      assertEquals(Integer.toString(round), cells[0]);
      assertEquals(Integer.toString(8 + 2 * round), cells[1], "labels of round " + round);
      assertEquals("0", cells[4], "no pseudo-labels without --pseudo-label-confidence");
      assertEquals("", cells[5], "nor their accuracy");
      assertEquals(round < 2 ? "2" : "0", cells[6], "queried in round " + round);
    }
  }

  @Test
  void stateAndMetricsShowTheFinalRound() throws IOException {
    JsonNode state = JSON.readTree(runDir.resolve("state.json").toFile());
    assertEquals(2, state.get("completed_rounds").asInt());
    assertEquals(12, state.get("labelled").asInt());
    assertEquals(12, state.get("labelled_ids").size());
    Set<String> labelled = new HashSet<>();
    state.get("labelled_ids").forEach(id -> labelled.add(id.asText()));
    assertEquals(12, labelled.size(), "an id twice in " + state);
    for (JsonNode entry : journal(runDir)) {
      assertTrue(labelled.contains(entry.get("id").asText()), entry.toString());
    }
    JsonNode metrics = JSON.readTree(runDir.resolve("metrics.json").toFile());
    assertEquals(2, metrics.get("rounds").asInt());
    assertEquals(12, metrics.get("labels").asInt());
    assertEquals(state.get("best_round").asInt(), metrics.get("best_round").asInt());
    assertFalse(metrics.get("pending_labels").asBoolean());
  }

  @Test
  void jsonOutputIsTheMetricsFile() throws IOException {
    assertEquals(0, jsonLearn.code(), jsonLearn.describe());
    JsonNode printed = JSON.readTree(jsonLearn.out());
    for (String key :
        List.of(
            "loss",
            "binary_accuracy",
            "false_negatives",
            "false_positives",
            "test_examples",
            "labels",
            "rounds",
            "best_round",
            "strategy",
            "stop_reason",
            "pending_labels",
            "seconds")) {
      assertTrue(printed.has(key), key + " missing in " + printed);
    }
    assertEquals("random", printed.get("strategy").asText());
    assertEquals(12, printed.get("labels").asInt());
    assertEquals(JSON.readTree(jsonRunDir.resolve("metrics.json").toFile()), printed);
    assertFalse(jsonLearn.out().contains("run directory"), jsonLearn.out());
  }

  @Test
  void auditSliceIsInRoundsCsv() throws IOException {
    List<String> lines = Files.readAllLines(jsonRunDir.resolve("rounds.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int audited = header.indexOf("audited");
    int accuracy = header.indexOf("audit_accuracy");
    for (String line : lines.subList(1, 3)) {
      String[] cells = line.split(",", -1);
      assertEquals("1", cells[audited], "audited: " + line);
      assertTrue(cells[accuracy].matches("[01]\\.000000"), "audit_accuracy: " + line);
    }
    assertEquals("", lines.get(3).split(",", -1)[accuracy], "no audit after the last round");
    assertTrue(jsonLearn.err().contains("queried 2 (random, 1 audit)"), jsonLearn.err());
  }

  @Test
  void unknownStrategyIsAUsageErrorListingTheStrategies() {
    Path out = tmp.resolve("runs").resolve("unknown");
    Execution run = home.run(args(out, "--strategy", "wisdom"));
    assertEquals(2, run.code(), run.describe());
    assertEquals(
        List.of(
            "tfal learn: unknown query strategy 'wisdom', expected one of: "
                + String.join(", ", QueryStrategies.names()),
            "Try 'tfal learn --help'"),
        run.errLines());
    assertEquals("", run.out());
    assertFalse(Files.exists(out), "run directory created for a usage error");
  }

  @Test
  void helpListsEveryStrategyWithItsDescription() {
    Execution help = home.run("learn", "--help");
    assertEquals(0, help.code(), help.describe());
    assertTrue(help.out().contains("Strategies:"), help.out());
    String strategies = help.out().substring(help.out().indexOf("Strategies:"));
    String flowed = String.join(" ", strategies.split("\\s+"));
    QueryStrategies.descriptions()
        .forEach(
            (name, description) -> {
              assertTrue(
                  strategies.contains("\n  " + name + " "), name + " not listed in\n" + help.out());
              assertTrue(
                  flowed.contains(name + " " + description),
                  name + ": " + description + " not in\n" + help.out());
            });
    assertTrue(help.out().contains("--resume"), help.out());
  }

  private static String row(String key, Object value) {
    return String.format("%-22s %s", key, value);
  }

  private static List<JsonNode> journal(Path dir) throws IOException {
    List<JsonNode> entries = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("labels.jsonl"))) {
      entries.add(JSON.readTree(line));
    }
    return entries;
  }

  @Test
  void resumeRefusesOptionsThatWouldDifferFromTheSessionsOwn() {
    Execution run = home.run("learn", "--resume", tmp.resolve("any").toString(), "--rounds", "9");
    assertEquals(2, run.code(), run.describe());
    assertTrue(run.err().contains("drop --rounds"), run.describe());
  }
}
