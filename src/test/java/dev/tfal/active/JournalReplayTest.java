package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reopening a label journal: what it replays, what it keeps on disk, and its last round. */
class JournalReplayTest {
  private static final String OLD_ENTRY =
      "{\"id\":\"a\",\"label\":1,\"round\":1,\"oracle\":\"files\"}";

  @TempDir Path tmp;

  /** A blank first line is skipped, not taken for the end of the journal (which would cut it). */
  @Test
  void aBlankFirstLineDoesNotEndTheJournal() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    String content = "\n" + OLD_ENTRY + "\n";
    Files.writeString(file, content);
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(new LabelRecord("a", 1, 1, "files")), journal.records());
    }
    assertEquals(content, Files.readString(file));
  }

  @Test
  void theLastRoundIsTheHighestRoundOfAnyAnswer() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(0, journal.lastRound());
      journal.append(new LabelRecord("a", 1, 1, "simulated"));
      journal.append(new LabelRecord("b", 0, 3, "simulated"));
      journal.append(new LabelRecord("c", 1, 2, "simulated"));
      assertEquals(3, journal.lastRound());
    }
    try (LabelJournal reopened = LabelJournal.open(file)) {
      assertEquals(3, reopened.lastRound());
      assertEquals(3, reopened.size());
      assertEquals(
          List.of(
              new LabelRecord("a", 1, 1, "simulated"),
              new LabelRecord("b", 0, 3, "simulated"),
              new LabelRecord("c", 1, 2, "simulated")),
          reopened.records());
    }
  }

  @Test
  void aClosedJournalTakesNoMoreAnswers() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    LabelJournal journal = LabelJournal.open(file);
    journal.append(new LabelRecord("a", 1, 1, "simulated"));
    journal.close();
    assertThrows(IOException.class, () -> journal.append(new LabelRecord("b", 1, 1, "simulated")));
    try (LabelJournal reopened = LabelJournal.open(file)) {
      assertEquals(List.of(new LabelRecord("a", 1, 1, "simulated")), reopened.records());
    }
  }
}
