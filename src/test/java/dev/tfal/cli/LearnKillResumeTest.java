package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of {@code tfal learn}: a session started as its own JVM is killed with SIGKILL
 * ({@link Process#destroyForcibly()}), once mid-session after labels were journaled and once in
 * round 0 before any label was, then resumed in-process with {@code --resume}. Every label
 * journaled before the kill must survive unchanged, no review may be labelled twice, and the
 * session must complete its rounds. Stopped with SIGINT (Ctrl-C), it exits 130 with the resume
 * hint; stopped with SIGTERM, it says so with the resume command, keeps every answer it journaled,
 * and a resume completes it.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LearnKillResumeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final int QUERIES = 2;

  @TempDir Path tmp;

  @Test
  void sessionKilledAfterJournalingLabelsResumesWithEveryLabel() throws Exception {
    int rounds = 8;
    TfalHome home = TfalHome.create(tmp);
    Path run = tmp.resolve("run");
    ChildTfal child = ChildTfal.start(home, tmp, "child", learnArgs(reviews(tmp, 48), run, rounds));

    child.awaitWhileAlive(
        "round 1's training",
        () ->
            !completeLines(run.resolve("labels.jsonl")).isEmpty()
                && !dataRows(run).isEmpty()
                && child.stderr().contains("Round 1: training on"));
    child.kill();

    List<String> journaledBefore = completeLines(run.resolve("labels.jsonl"));
    Map<String, JsonNode> before = byId(journaledBefore);
    assertFalse(before.isEmpty());
    int lastRound =
        before.values().stream().mapToInt(e -> e.get("round").asInt()).max().orElseThrow();
    long lastRoundAnswers =
        before.values().stream().filter(e -> e.get("round").asInt() == lastRound).count();
    List<Integer> rowsBefore = dataRows(run);
    assertTrue(lastRound < rounds, "the session had finished before the kill; " + child.describe());

    Execution resumed = home.run("learn", "--resume", run.toString());

    assertEquals(0, resumed.code(), resumed.describe());
    assertTrue(resumed.err().contains("Resuming " + run), resumed.err());
    List<String> journal = completeLines(run.resolve("labels.jsonl"));
    assertEquals(journal, Files.readAllLines(run.resolve("labels.jsonl")), "torn journal tail");
    assertEquals(
        journaledBefore,
        journal.subList(0, journaledBefore.size()),
        "labels journaled before the kill were changed");
    Map<String, JsonNode> after = byId(journal);
    assertEquals(journal.size(), after.size(), "a review labelled twice: " + journal);
    int missing = QUERIES - (int) lastRoundAnswers;
    assertEquals(
        QUERIES * rounds - missing,
        journal.size(),
        "2 labels per round, less those of a round the kill cut short: " + journal);
    for (int round = 1; round <= rounds; round++) {
      int r = round;
      assertTrue(
          after.values().stream().anyMatch(e -> e.get("round").asInt() == r),
          "no label of round " + round + " in " + journal);
    }
    assertCompleted(run, rounds, after);
    List<Integer> expectedRows =
        new ArrayList<>(rowsBefore.stream().filter(round -> round < lastRound).toList());
    IntStream.rangeClosed(lastRound, rounds).forEach(expectedRows::add);
    assertEquals(
        expectedRows,
        dataRows(run),
        "rows of rounds.csv (killed with rows "
            + rowsBefore
            + ", journal up to round "
            + lastRound
            + ")");
  }

  @Test
  void sessionStoppedWithSigtermKeepsEveryAnswerAndResumes() throws Exception {
    int rounds = 6;
    TfalHome home = TfalHome.create(tmp);
    Path run = tmp.resolve("run");
    ChildTfal child = ChildTfal.start(home, tmp, "child", learnArgs(reviews(tmp, 40), run, rounds));

    child.awaitWhileAlive(
        "round 1's training",
        () ->
            !completeLines(run.resolve("labels.jsonl")).isEmpty()
                && child.stderr().contains("Round 1: training on"));
    List<String> journaledBefore = completeLines(run.resolve("labels.jsonl"));
    child.terminate();
    int code = child.await();

    List<String> journaled = Files.readAllLines(run.resolve("labels.jsonl"));
    assertEquals(completeLines(run.resolve("labels.jsonl")), journaled, "torn journal tail");
    assertEquals(journaledBefore, journaled.subList(0, journaledBefore.size()), "answers lost");
    int lastRound =
        byId(journaled).values().stream().mapToInt(e -> e.get("round").asInt()).max().orElse(0);
    assertTrue(lastRound < rounds, "the session had finished before SIGTERM; " + child.describe());
    assertTrue(
        child
            .stderr()
            .contains(
                "tfal: interrupted; every journaled label is kept; continue with: ./tfal learn"
                    + " --resume "
                    + run),
        child.describe());
    assertEquals(ChildTfal.SIGTERM_EXIT, code, child.describe());

    Execution resumed = home.run("learn", "--resume", run.toString());

    assertEquals(0, resumed.code(), resumed.describe());
    List<String> journal = completeLines(run.resolve("labels.jsonl"));
    assertEquals(journaled, journal.subList(0, journaled.size()), "answers kept were changed");
    Map<String, JsonNode> after = byId(journal);
    assertEquals(journal.size(), after.size(), "a review labelled twice: " + journal);
    assertCompleted(run, rounds, after);
  }

  @Test
  void sessionKilledInRoundZeroResumesFromTheStart() throws Exception {
    int rounds = 2;
    TfalHome home = TfalHome.create(tmp);
    Path run = tmp.resolve("run");
    ChildTfal child = ChildTfal.start(home, tmp, "child", learnArgs(reviews(tmp, 40), run, rounds));

    child.awaitWhileAlive(
        "round 0's training", () -> child.stderr().contains("Round 0: training on"));
    child.kill();
    assertEquals(
        List.of(),
        completeLines(run.resolve("labels.jsonl")),
        "labels were journaled before the kill landed, so round 0 was not interrupted; "
            + child.describe());

    Execution resumed = home.run("learn", "--resume", run.toString());

    assertEquals(0, resumed.code(), resumed.describe());
    List<String> journal = completeLines(run.resolve("labels.jsonl"));
    Map<String, JsonNode> after = byId(journal);
    assertEquals(QUERIES * rounds, journal.size(), journal.toString());
    assertEquals(journal.size(), after.size(), "a review labelled twice: " + journal);
    assertCompleted(run, rounds, after);
    assertEquals(List.of(0, 1, 2), dataRows(run));
  }

  @Test
  void ctrlCExits130WithTheResumeHintAndTheSessionResumes() throws Exception {
    int rounds = 2;
    TfalHome home = TfalHome.create(tmp);
    Path run = tmp.resolve("run");
    ChildTfal child = ChildTfal.start(home, tmp, "child", learnArgs(reviews(tmp, 40), run, rounds));

    child.awaitWhileAlive(
        "round 0's training", () -> child.stderr().contains("Round 0: training on"));
    child.interrupt();

    assertEquals(ExitCodes.INTERRUPTED, child.await(), child.describe());
    assertTrue(
        child
            .stderr()
            .contains(
                "tfal: interrupted; every journaled label is kept; continue with: ./tfal learn"
                    + " --resume "
                    + run),
        child.describe());
    Execution resumed = home.run("learn", "--resume", run.toString());
    assertEquals(0, resumed.code(), resumed.describe());
    assertCompleted(run, rounds, byId(completeLines(run.resolve("labels.jsonl"))));
  }

  /** state.json and metrics.json of a completed session hold every label and the final round. */
  private static void assertCompleted(Path run, int rounds, Map<String, JsonNode> journal)
      throws IOException {
    JsonNode state = JSON.readTree(run.resolve("state.json").toFile());
    assertEquals(rounds, state.get("completed_rounds").asInt(), state.toString());
    Set<String> labelled = new HashSet<>();
    state.get("labelled_ids").forEach(id -> labelled.add(id.asText()));
    assertEquals(state.get("labelled_ids").size(), labelled.size(), "an id twice in state.json");
    assertEquals(8 + journal.size(), labelled.size(), "initial set plus every journaled label");
    assertTrue(labelled.containsAll(journal.keySet()), state.toString());
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    assertEquals(rounds, metrics.get("rounds").asInt(), metrics.toString());
    assertEquals(labelled.size(), metrics.get("labels").asInt(), metrics.toString());
    assertEquals(rounds + " rounds done", metrics.get("stop_reason").asText());
    assertTrue(Files.isRegularFile(run.resolve("best/saved_model.pb")));
    assertTrue(Files.isRegularFile(run.resolve("learning-curve.png")));
  }

  private static List<String> learnArgs(Path data, Path run, int rounds) {
    return TfalHome.microLearnArgs(data, run, QUERIES, rounds, 2, List.of("--strategy", "entropy"));
  }

  /** {@code count} short reviews, each with a sentiment word. */
  static Path reviews(Path dir, int count) throws IOException {
    return TfalHome.sentimentCsv(dir, count, "k%02d", false);
  }

  /** The lines of {@code file} that end with a newline; a torn tail is left out. */
  static List<String> completeLines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    return end < 0 ? List.of() : text.substring(0, end + 1).lines().toList();
  }

  /** The round numbers of rounds.csv's data rows, in file order. */
  static List<Integer> dataRows(Path run) throws IOException {
    List<String> lines = completeLines(run.resolve("rounds.csv"));
    return lines.stream()
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> Integer.parseInt(l.substring(0, l.indexOf(','))))
        .toList();
  }

  private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    for (String line : lines) {
      JsonNode entry = JSON.readTree(line);
      entries.put(entry.get("id").asText(), entry);
    }
    return entries;
  }
}
