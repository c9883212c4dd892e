package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.io.JsonLineCrc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code tfal learn --oracle prompt} with a scripted annotator: answers are journaled as given,
 * invalid input is asked again, quitting stops the session so that {@code --resume} continues it.
 */
class PromptOracleLearnTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void scriptedAnswersAreJournaledAndQuittingIsResumable() throws IOException {
    TfalHome home = TfalHome.create(tmp);
    Path run = tmp.resolve("runs").resolve("prompt");

    Execution asked =
        learn(
            home,
            "p\nn\nx\ns\nq\n",
            TfalHome.microOptions(
                    TfalHome.resource("reviews.csv"),
                    "--strategy",
                    "margin",
                    "--queries",
                    "5",
                    "--rounds",
                    "1",
                    "--oracle",
                    "prompt",
                    "--out",
                    run.toString())
                .toArray(String[]::new));

    assertEquals(0, asked.code(), asked.describe());
    List<String> journal = journalEntries(run);
    assertEquals(2, journal.size(), journal.toString());
    assertTrue(
        journal.get(0).endsWith("\"label\":1,\"round\":1,\"oracle\":\"prompt\"}"), journal.get(0));
    assertTrue(
        journal.get(1).endsWith("\"label\":0,\"round\":1,\"oracle\":\"prompt\"}"), journal.get(1));
    assertTrue(
        asked
            .err()
            .contains(
                "'x' is not an answer: type p (positive), n (negative), "
                    + "s (skip) or q (quit)."),
        asked.err());
    assertEquals(5, asked.errLinesStartingWith("p/n/s/q> ").size(), asked.err());
    assertTrue(
        asked
            .errLines()
            .contains(
                "Stopping: the annotator quit after 3 of 5 reviews of "
                    + "round 1 (2 labelled, all journaled); continue with: ./tfal learn --resume "
                    + run),
        asked.err());
    assertTrue(metrics(run).get("pending_labels").asBoolean());

    Execution resumed = learn(home, "", "--resume", run.toString());

    assertEquals(0, resumed.code(), resumed.describe());
    assertTrue(resumed.err().contains("Round 1: training on 10 labels"), resumed.err());
    assertFalse(resumed.err().contains("p/n/s/q>"), resumed.err());
    assertEquals(journal, journalEntries(run));
    JsonNode metrics = metrics(run);
    assertFalse(metrics.get("pending_labels").asBoolean());
    assertEquals(10, metrics.get("labels").asInt());
    assertEquals("1 round done", metrics.get("stop_reason").asText());
  }

  /** Runs {@code tfal learn args...} with {@code input} as the annotator's terminal. */
  private static Execution learn(TfalHome home, String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env = new Environment(home.root(), Map.of(), false);
    CommandLine line =
        new CommandLine(
            new LearnCommand(env, () -> new BufferedReader(new StringReader(input))),
            new TfalFactory(env));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    line.setExecutionExceptionHandler(new ErrorHandler());
    line.setParameterExceptionHandler(new UsageErrorHandler());
    int code = line.execute(args);
    return new Execution(code, out.toString(), err.toString());
  }

  private static JsonNode metrics(Path run) throws IOException {
    return JSON.readTree(run.resolve("metrics.json").toFile());
  }

  /** The journal's entries without their checksum fields. */
  private static List<String> journalEntries(Path run) throws IOException {
    return Files.readAllLines(run.resolve("labels.jsonl")).stream()
        .map(line -> JsonLineCrc.open(line).orElseThrow())
        .toList();
  }
}
