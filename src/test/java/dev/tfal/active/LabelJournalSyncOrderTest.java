package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tfal.io.DiskSyncLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The label journal acknowledges an answer (its append returns) only after the answer's bytes are
 * forced to disk, and a newly created journal's directory is forced, so a power cut after the
 * acknowledgement keeps the answer and the journal's name.
 */
class LabelJournalSyncOrderTest {
  @TempDir Path dir;

  @Test
  void creatingAJournalForcesItAndItsDirectory() throws IOException {
    try (DiskSyncLog log = new DiskSyncLog(dir)) {
      LabelJournal.open(dir.resolve("labels.jsonl")).close();
      assertEquals(List.of("FORCE labels.jsonl", "SYNC_DIRECTORY ."), log.entries());
    }
  }

  @Test
  void everyAnswerIsForcedBeforeItsAppendReturns() throws IOException {
    Path file = dir.resolve("labels.jsonl");
    LabelJournal.open(file).close();
    try (DiskSyncLog log = new DiskSyncLog(dir);
        LabelJournal journal = LabelJournal.open(file)) {
      journal.append(new LabelRecord("a", 1, 1, "simulated"));
      log.mark("ACK a");
      journal.append(new LabelRecord("b", 0, 1, "simulated"));
      log.mark("ACK b");
      assertEquals(
          List.of(
              "FORCE labels.jsonl",
              "WRITE labels.jsonl",
              "FORCE labels.jsonl",
              "ACK a",
              "WRITE labels.jsonl",
              "FORCE labels.jsonl",
              "ACK b"),
          log.entries());
    }
  }
}
