package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.error.DataFormatException;
import dev.tfal.io.JsonLineCrc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The label journal: durable appends, torn-tail recovery, corrupt lines, one answer per id. */
class LabelJournalTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LabelRecord A = new LabelRecord("a", 1, 1, "simulated");
  private static final LabelRecord B = new LabelRecord("b", 0, 1, "simulated");
  private static final LabelRecord C = new LabelRecord("c", 1, 2, "prompt");

  @TempDir Path tmp;

  @Test
  void appendedEntriesSurviveReopening() throws IOException {
    Path file = tmp.resolve("session").resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(0, journal.size());
      journal.append(A);
      journal.append(B);
      journal.append(C);
    }
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(A, B, C), journal.records());
      assertTrue(journal.contains("b"));
      assertFalse(journal.contains("d"));
      assertEquals(file, journal.file());
    }
  }

  @Test
  void eachAppendIsInTheFileWhenAppendReturns() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(file)) {
      journal.append(A);
      assertEquals(List.of(A), parse(Files.readAllLines(file)));
      journal.append(B);
      assertEquals(List.of(A, B), parse(Files.readAllLines(file)));
    }
  }

  @Test
  void entriesAreOneJsonObjectPerLineWithTheDocumentedFields() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(file)) {
      journal.append(C);
    }
    String entry = "{\"id\":\"c\",\"label\":1,\"round\":2,\"oracle\":\"prompt\"";
    CRC32C crc = new CRC32C();
    crc.update((entry + "}").getBytes(StandardCharsets.UTF_8));
    assertEquals(
        entry + String.format(",\"crc\":\"%08x\"}%n", crc.getValue()), Files.readString(file));
  }

  @Test
  void tornLastLineIsDroppedAndCutOffSoLaterAppendsStayValid() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(file)) {
      journal.append(A);
      journal.append(B);
    }
    String complete = Files.readString(file);
    String torn = "{\"id\":\"c\",\"label\":1,\"ro";
    Files.writeString(file, torn, StandardOpenOption.APPEND);

    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(A, B), journal.records());
      assertEquals(complete, Files.readString(file), "torn bytes not cut off");
      journal.append(C);
    }
    List<String> lines = Files.readAllLines(file);
    assertEquals(List.of(A, B, C), parse(lines));
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(A, B, C), journal.records());
    }
  }

  @Test
  void completeObjectWithoutItsNewlineIsTornToo() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    String a = JSON.writeValueAsString(A) + "\n";
    Files.writeString(file, a + JSON.writeValueAsString(B));
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(A), journal.records());
      journal.append(C);
    }
    assertEquals(List.of(A, C), parse(Files.readAllLines(file)));
  }

  @Test
  void journalHoldingOnlyATornLineOpensEmpty() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    Files.writeString(file, "{\"id\":");
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(), journal.records());
    }
    assertEquals(0, Files.size(file));
  }

  @Test
  void corruptMiddleLineNamesFileAndLine() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    Files.writeString(
        file,
        JSON.writeValueAsString(A)
            + "\n"
            + "{\"id\":\"b\",\"lab\n"
            + JSON.writeValueAsString(C)
            + "\n");
    DataFormatException error =
        assertThrows(DataFormatException.class, () -> LabelJournal.open(file).close());
    assertEquals(OptionalLong.of(2), error.line());
    assertTrue(
        error.getMessage().startsWith(file + ":2: corrupt label journal entry"),
        error.getMessage());
    assertEquals(file, error.file().orElseThrow());
  }

  @Test
  void entryWithAnInvalidValueIsCorrupt() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    Files.writeString(file, "{\"id\":\"a\",\"label\":2,\"round\":1,\"oracle\":\"simulated\"}\n");
    DataFormatException error =
        assertThrows(DataFormatException.class, () -> LabelJournal.open(file).close());
    assertTrue(
        error.getMessage().startsWith(file + ":1: corrupt label journal entry"),
        error.getMessage());
  }

  @Test
  void jsonNullLineIsCorruptNotACrash() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    Files.writeString(file, JSON.writeValueAsString(A) + "\nnull\n");
    DataFormatException error =
        assertThrows(DataFormatException.class, () -> LabelJournal.open(file).close());
    assertEquals(OptionalLong.of(2), error.line());
  }

  @Test
  void twoObjectsRunTogetherOnOneLineAreCorrupt() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    Files.writeString(file, JSON.writeValueAsString(A) + JSON.writeValueAsString(B) + "\n");
    DataFormatException error =
        assertThrows(DataFormatException.class, () -> LabelJournal.open(file).close());
    assertEquals(OptionalLong.of(1), error.line());
  }

  @Test
  void blankLinesAreSkipped() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    Files.writeString(
        file,
        JSON.writeValueAsString(A) + "\n\n" + JSON.writeValueAsString(B) + "\n",
        StandardCharsets.UTF_8);
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(A, B), journal.records());
    }
  }

  @Test
  void secondAnswerForAnIdReplacesTheFirstInPlace() throws IOException {
    Path file = tmp.resolve("labels.jsonl");
    LabelRecord changed = new LabelRecord("a", 0, 2, "prompt");
    try (LabelJournal journal = LabelJournal.open(file)) {
      journal.append(A);
      journal.append(B);
      journal.append(changed);
      assertEquals(List.of(changed, B), journal.records());
      assertEquals(2, journal.size());
    }
    assertEquals(3, Files.readAllLines(file).size(), "the journal is append-only");
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(changed, B), journal.records());
    }
  }

  @Test
  void openCreatesMissingDirectoriesAndAnEmptyFile() throws IOException {
    Path file = tmp.resolve("a").resolve("b").resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(file)) {
      assertEquals(List.of(), journal.records());
    }
    assertTrue(Files.isRegularFile(file));
    assertEquals(0, Files.size(file));
  }

  private static List<LabelRecord> parse(List<String> lines) throws IOException {
    List<LabelRecord> records = new java.util.ArrayList<>();
    for (String line : lines) {
      records.add(JSON.readValue(JsonLineCrc.open(line).orElseThrow(), LabelRecord.class));
    }
    return records;
  }
}
