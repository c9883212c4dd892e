package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.active.LabelJournal;
import dev.tfal.active.LabelRecord;
import dev.tfal.export.SavedModelClassifier;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.io.WriteFaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during a learn session (simulated: the write of one file fails with "No
 * space left on device" at the step that forces it to disk): while checkpointing a round's model,
 * while journaling an answer, and while writing the session state. The command fails with exit code
 * 4 and one line naming the file; what was written before is intact (the previous state, checkpoint
 * and journal entries read back and verify); {@code learn --resume} then completes the session with
 * every label journaled before the failure.
 */
class FullDiskTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static TfalHome home;

  @BeforeAll
  static void home() throws IOException {
    home = TfalHome.create(tmp);
  }

  @Test
  void fullDiskWhileCheckpointingRoundOne() throws IOException {
    Path run = tmp.resolve("checkpoint");
    Path target = run.resolve("rounds").resolve("round-1");

    Execution failed = learnWithFault(run, target::equals, 1);

    assertFailedNaming(failed, target);
    assertFalse(Files.exists(target), "a partial checkpoint is in place");
    assertLoads(run.resolve("rounds").resolve("round-0"));
    assertLoads(run.resolve("best"));
    assertEquals(1, state(run).get("completed_rounds").asInt());
    List<LabelRecord> before = journal(run);
    assertEquals(2, before.size(), before.toString());
    assertResumesToTheEnd(run, before);
  }

  @Test
  void fullDiskWhileJournalingTheThirdAnswer() throws IOException {
    Path run = tmp.resolve("journal");
    Path target = run.resolve("labels.jsonl");

    Execution failed = learnWithFault(run, target::equals, 3);

    assertFailedNaming(failed, target);
    List<LabelRecord> before = journal(run);
    assertEquals(2, before.size(), "the journal keeps the answers before the failed one");
    assertTrue(Files.readString(target).endsWith("}\n"), "partial entry left behind");
    assertResumesToTheEnd(run, before);
  }

  @Test
  void fullDiskWhileWritingTheSecondState() throws IOException {
    Path run = tmp.resolve("state");
    Path target = run.resolve("state.json");

    Execution failed = learnWithFault(run, target::equals, 2);

    assertFailedNaming(failed, target);
    JsonNode state = JSON.readTree(ChecksummedFiles.read(target));
    assertEquals(1, state.get("completed_rounds").asInt(), "the previous state is intact");
    List<LabelRecord> before = journal(run);
    assertEquals(4, before.size(), "round 2's answers were journaled before the state write");
    assertResumesToTheEnd(run, before);
  }

  /** Runs a new two-round session whose {@code nth} write of a file {@code where} accepts fails. */
  private static Execution learnWithFault(Path run, Predicate<Path> where, int nth) {
    AtomicInteger writes = new AtomicInteger();
    WriteFaults.Fault fault =
        file -> {
          if (where.test(file) && writes.incrementAndGet() == nth) {
            throw new IOException("No space left on device");
          }
        };
    try (var disk = WriteFaults.inject(fault)) {
      return home.run(LearnCommandTest.args(run, "--strategy", "entropy"));
    }
  }

  private static void assertFailedNaming(Execution failed, Path file) {
    assertEquals(ExitCodes.RUNTIME, failed.code(), failed.describe());
    List<String> errors = failed.errLinesStartingWith("tfal learn: ");
    assertEquals(1, errors.size(), failed.describe());
    assertTrue(
        errors
            .get(0)
            .startsWith(
                "tfal learn: I/O error: cannot write " + file + ": No space left on device"),
        failed.describe());
    assertFalse(failed.hasStackTrace(), failed.describe());
  }

  private static void assertResumesToTheEnd(Path run, List<LabelRecord> before) throws IOException {
    Execution resumed = home.run("learn", "--resume", run.toString());

    assertEquals(0, resumed.code(), resumed.describe());
    List<LabelRecord> after = journal(run);
    assertEquals(before, after.subList(0, before.size()), "a journaled label was lost");
    assertEquals(4, after.size(), after.toString());
    JsonNode state = state(run);
    assertEquals(2, state.get("completed_rounds").asInt(), state.toString());
    Set<String> labelled = new HashSet<>();
    state.get("labelled_ids").forEach(id -> labelled.add(id.asText()));
    assertEquals(12, labelled.size(), state.toString());
    after.forEach(record -> assertTrue(labelled.contains(record.id()), record.toString()));
    assertLoads(run.resolve("rounds").resolve("round-2"));
  }

  private static JsonNode state(Path run) throws IOException {
    return JSON.readTree(ChecksummedFiles.read(run.resolve("state.json")));
  }

  private static List<LabelRecord> journal(Path run) throws IOException {
    try (LabelJournal journal = LabelJournal.open(run.resolve("labels.jsonl"))) {
      return journal.records();
    }
  }

  private static void assertLoads(Path model) throws IOException {
    try (SavedModelClassifier loaded = SavedModelClassifier.load(model)) {
      assertEquals(1, loaded.probabilities(List.of("a good film")).length);
    }
  }
}
