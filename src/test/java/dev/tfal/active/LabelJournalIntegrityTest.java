package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.error.CorruptFileException;
import dev.tfal.io.WriteFailedException;
import dev.tfal.io.WriteFaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The label journal's per-entry CRC: damage anywhere in a middle line is an error naming file and
 * line 2, journals without CRCs still open, and a failed append (full disk) leaves the journal as
 * it was.
 */
class LabelJournalIntegrityTest {
  private static final LabelRecord A = new LabelRecord("a", 1, 1, "simulated");
  private static final LabelRecord B = new LabelRecord("b", 0, 1, "simulated");
  private static final LabelRecord C = new LabelRecord("c", 1, 2, "prompt");

  @TempDir Path tmp;

  /** Each bit of each byte of line 2 (its newline included) flipped in turn. */
  @Test
  void anyFlippedBitInAMiddleLineIsAnErrorNamingFileAndLine() throws IOException {
    Path file = journalOf(A, B, C);
    byte[] original = Files.readAllBytes(file);
    int start = indexOf(original, (byte) '\n') + 1;
    int end = indexOf(original, (byte) '\n', start);
    for (int i = start; i <= end; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] damaged = original.clone();
        damaged[i] ^= (byte) (1 << bit);
        Files.write(file, damaged);
        CorruptFileException e =
            assertThrows(
                CorruptFileException.class,
                () -> LabelJournal.open(file).close(),
                "byte " + i + " bit " + bit);
        assertEquals(Optional.of(file), e.file());
        assertEquals(OptionalLong.of(2), e.line(), e.getMessage());
      }
    }
  }

  @Test
  void crcMismatchSaysSo() throws IOException {
    Path file = journalOf(A, B, C);
    String text = Files.readString(file).replace("\"label\":0", "\"label\":1");
    Files.writeString(file, text);

    CorruptFileException e =
        assertThrows(CorruptFileException.class, () -> LabelJournal.open(file).close());

    assertEquals(file + ":2: damaged label journal entry: its crc does not match", e.getMessage());
  }

  @Test
  void journalWrittenBeforeCrcsOpensAndTakesNewEntries() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    ObjectMapper json = new ObjectMapper();
    Files.writeString(file, json.writeValueAsString(A) + "\n" + json.writeValueAsString(B) + "\n");
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(A, B), journal.records());
      journal.append(C);
    }
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(A, B, C), journal.records());
    }
  }

  @Test
  void failedAppendLeavesTheJournalAsItWasAndLaterAppendsWork() throws IOException {
    Path file = journalOf(A, B);
    byte[] before = Files.readAllBytes(file);
    try (LabelJournal journal = LabelJournal.open(file)) {
      try (var disk = WriteFaults.inject(WriteFaults.noSpaceFor(file::equals))) {
        WriteFailedException e = assertThrows(WriteFailedException.class, () -> journal.append(C));
        assertEquals(
            "cannot write "
                + file
                + ": No space left on device; the journal keeps the 2 answers before this one",
            e.getMessage());
      }
      assertArrayEquals(before, Files.readAllBytes(file), "partial entry left behind");
      assertEquals(List.of(A, B), journal.records());
      journal.append(C);
    }
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(A, B, C), journal.records());
    }
  }

  private Path journalOf(LabelRecord... records) throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(file)) {
      for (LabelRecord record : records) {
        journal.append(record);
      }
    }
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).endsWith("\n"));
    return file;
  }

  private static int indexOf(byte[] bytes, byte value) {
    return indexOf(bytes, value, 0);
  }

  private static int indexOf(byte[] bytes, byte value, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
