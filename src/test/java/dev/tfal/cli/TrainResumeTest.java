package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.RunLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfal train --resume RUN} in-process: a run whose training state is gone trains again from
 * its record (config.json) to the same metrics, also from another working directory, and resuming
 * refuses, with a usage error naming the problem, options that would change the run, a finished
 * run, a missing or foreign directory and a run another holder has locked. (Killed runs: {@link
 * TrainKillResumeTest}.)
 */
class TrainResumeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static TfalHome home;
  private static Path finished;
  private static Execution first;

  @BeforeAll
  static void trainOnce() throws IOException {
    home = TfalHome.create(tmp);
    finished = tmp.resolve("finished");
    first = home.run(trainArgs(finished));
  }

  static String[] trainArgs(Path out) {
    return TfalHome.microArgs("train", "--epochs", "4", "--threads", "1", "--out", out.toString());
  }

  @Test
  void aTrainRunKeepsItsRecordAndAStateOfItsLastEpoch() throws IOException {
    assertEquals(0, first.code(), first.describe());
    JsonNode record = JSON.readTree(finished.resolve("config.json").toFile());
    assertEquals(1, record.get("schema").asInt());
    assertEquals("train", record.get("command").asText());
    assertEquals(4, record.at("/training/epochs").asInt());
    assertEquals(1, record.at("/runtime/intraOpThreads").asInt());
    assertTrue(record.get("learning").isNull(), record.toString());
    assertTrue(Files.isRegularFile(finished.resolve("config.json.sha256")));
    assertFalse(Files.exists(finished.resolve("arguments.json")));
    assertTrue(Files.isRegularFile(finished.resolve("train-state.bin")));
  }

  /**
   * The record keeps the data source as absolute as well as given: a run started with a relative
   * {@code --data} in one directory resumes from another, where that relative path names nothing.
   */
  @Test
  void aRelativeDataPathStillResolvesWhenResumedFromAnotherDirectory() throws Exception {
    Path project = Files.createDirectories(tmp.resolve("project").resolve("data"));
    Files.copy(TfalHome.resource("reviews.csv"), project.resolve("elsewhere.csv"));
    Path run = tmp.resolve("relative");
    List<String> args = new ArrayList<>(List.of(trainArgs(run)));
    args.set(args.indexOf("--data") + 1, "data/elsewhere.csv");
    ChildTfal child = ChildTfal.startIn(home, project.getParent(), "relative", args);
    assertEquals(0, child.await(), child.describe());
    assertFalse(Files.exists(Path.of("data/elsewhere.csv")), "the relative path names a file here");
    JsonNode record = JSON.readTree(run.resolve("config.json").toFile());
    assertEquals("data/elsewhere.csv", record.get("dataSourceAsGiven").asText());
    Files.delete(run.resolve("metrics.json"));

    Execution resumed = home.run("train", "--resume", run.toString(), "--json");

    assertEquals(0, resumed.code(), resumed.describe());
    assertTrue(
        resumed.err().contains("Reading " + project.resolve("elsewhere.csv")), resumed.err());
    assertEquals(withoutTimes(metrics(finished)), withoutTimes(JSON.readTree(resumed.out())));
  }

  @Test
  void theInterruptHintNamesTheResumeCommand() {
    Path run = tmp.resolve("hinted");
    List<String> hints = new ArrayList<>();
    var line = TfalCommand.create(new Environment(home.root(), Map.of(), false, hints::add));
    line.setOut(new PrintWriter(new StringWriter(), true));
    line.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(0, line.execute(trainArgs(run)));
    assertEquals(
        List.of("every completed epoch is kept; continue with: ./tfal train --resume " + run),
        hints);
  }

  @Test
  void aRunWithoutStateTrainsAgainFromTheStartToTheSameMetrics() throws IOException {
    Path run = tmp.resolve("restart");
    assertEquals(0, home.run(trainArgs(run)).code());
    for (String name : List.of("train-state.bin", "metrics.json", "history.csv", "loss.png")) {
      Files.delete(run.resolve(name));
    }
    AtomicFiles.deleteRecursively(run.resolve("best"));

    Execution resumed = home.run("train", "--resume", run.toString(), "--json");

    assertEquals(0, resumed.code(), resumed.describe());
    assertTrue(resumed.err().contains("Resuming " + run + " ("), resumed.err());
    assertTrue(resumed.err().contains("No completed epoch in " + run), resumed.err());
    assertEquals(withoutTimes(metrics(finished)), withoutTimes(JSON.readTree(resumed.out())));
    assertEquals(
        Files.readString(finished.resolve("history.csv")),
        Files.readString(run.resolve("history.csv")));
    assertTrue(Files.isRegularFile(run.resolve("best/saved_model.pb")));
  }

  @Test
  void optionsBesideResumeAreAUsageError() {
    Execution result = home.run("train", "--resume", finished.toString(), "--epochs", "9");
    assertEquals(ExitCodes.USAGE, result.code(), result.describe());
    assertEquals(
        "tfal train: --resume continues with the settings the run was started with (its"
            + " config.json); drop --epochs",
        result.errLines().get(0));
    assertFalse(result.hasStackTrace());
  }

  @Test
  void aFinishedRunIsNotResumed() throws IOException {
    String before = Files.readString(finished.resolve("metrics.json"));
    Execution result = home.run("train", "--resume", finished.toString());
    assertEquals(ExitCodes.USAGE, result.code(), result.describe());
    assertTrue(
        result.err().contains("run " + finished + " has finished (it has metrics.json)"),
        result.err());
    assertEquals(before, Files.readString(finished.resolve("metrics.json")));
  }

  @Test
  void aMissingDirectoryIsAUsageError() {
    Path absent = tmp.resolve("absent");
    Execution result = home.run("train", "--resume", absent.toString());
    assertEquals(ExitCodes.USAGE, result.code(), result.describe());
    assertEquals(
        "tfal train: --resume " + absent + ": no such run directory", result.errLines().get(0));
  }

  @Test
  void aDirectoryWithoutARecordIsBadInput() throws IOException {
    Path other = Files.createDirectories(tmp.resolve("other"));
    Execution result = home.run("train", "--resume", other.toString());
    assertEquals(ExitCodes.BAD_INPUT, result.code(), result.describe());
    assertEquals(
        "tfal train: " + other.resolve("config.json") + ": missing: not a tfal run directory",
        result.errLines().get(0));
  }

  @Test
  void aLearnSessionIsPointedToLearnResume() throws IOException {
    Path learn = Files.createDirectories(tmp.resolve("learn"));
    Files.writeString(learn.resolve("labels.jsonl"), "");
    Execution result = home.run("train", "--resume", learn.toString());
    assertEquals(ExitCodes.USAGE, result.code(), result.describe());
    assertTrue(result.err().contains("./tfal learn --resume " + learn), result.err());
  }

  @Test
  void aLockedRunIsRefused() throws IOException {
    Path run = tmp.resolve("locked");
    assertEquals(0, home.run(trainArgs(run)).code());
    Files.delete(run.resolve("metrics.json"));
    String state =
        Files.readString(
            run.resolve("train-state.bin"), java.nio.charset.StandardCharsets.ISO_8859_1);
    try (RunLock lock = RunLock.acquire(run)) {
      Execution result = home.run("train", "--resume", run.toString());
      assertEquals(ExitCodes.USAGE, result.code(), result.describe());
      assertTrue(result.err().contains("is in use by another tfal process"), result.err());
    }
    assertEquals(
        state,
        Files.readString(
            run.resolve("train-state.bin"), java.nio.charset.StandardCharsets.ISO_8859_1));
    assertFalse(Files.exists(run.resolve("metrics.json")));
  }

  private static JsonNode metrics(Path run) throws IOException {
    return JSON.readTree(run.resolve("metrics.json").toFile());
  }

  /** Metrics without wall times, which differ between any two runs. */
  static JsonNode withoutTimes(JsonNode metrics) {
    ObjectNode copy = metrics.deepCopy();
    copy.remove(List.of("seconds", "train_seconds"));
    return copy;
  }
}
