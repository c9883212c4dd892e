package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.Example;
import dev.tfal.error.DataFormatException;
import dev.tfal.io.JsonLineCrc;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files oracle: queries out to a CSV, the session stops, the filled file comes back in. */
class FilesOracleTest {
  private static final List<Example> QUERIES =
      List.of(
          new Example("a", "Good.", 1), new Example("b", "Bad.", 0), new Example("c", "Fine.", 1));

  @TempDir Path runDir;
  private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
  private FilesOracle oracle;
  private Path queries;

  @BeforeEach
  void create() {
    oracle = new FilesOracle(runDir, new PrintStream(logged, true, StandardCharsets.UTF_8));
    queries = runDir.resolve("queries-round-2.csv");
  }

  @Test
  void answerWritesTheQueriesAndWaits() throws IOException {
    OracleReply reply = oracle.answer(QUERIES, 2);

    assertEquals(OracleReply.Status.PENDING, reply.status());
    assertEquals(List.of(), reply.labels());
    assertEquals(
        "Wrote 3 queries to "
            + queries
            + ": fill the label column with pos/neg (or "
            + "1/0), delete the rows to skip, then run: ./tfal learn --resume "
            + runDir,
        reply.message());
    assertEquals(
        List.of("id,text,label", "a,Good.,", "b,Bad.,", "c,Fine.,"), Files.readAllLines(queries));
    assertEquals(
        Optional.of(new PendingQueries(2, "queries-round-2.csv", List.of("a", "b", "c"))),
        PendingQueries.read(runDir));
    assertEquals(FilesOracle.NAME, oracle.name());
  }

  @Test
  void resumeJournalsEveryAnswerOfAValidFileAndEndsTheWait() throws IOException {
    oracle.answer(QUERIES, 2);
    Files.writeString(queries, "id,text,label\na,Good.,pos\nc,Fine.,0\n");

    try (LabelJournal journal = LabelJournal.open(runDir.resolve("labels.jsonl"))) {
      List<LabelRecord> imported = oracle.resume(journal);

      List<LabelRecord> expected =
          List.of(new LabelRecord("a", 1, 2, "files"), new LabelRecord("c", 0, 2, "files"));
      assertEquals(expected, imported);
      assertEquals(expected, journal.records());
    }
    assertEquals(Optional.empty(), PendingQueries.read(runDir));
    assertEquals(2, Files.readAllLines(runDir.resolve("labels.jsonl")).size());
    assertEquals(
        "Imported 2 labels of round 2 from "
            + queries
            + " (1 positive, 1 negative); "
            + "1 query skipped, back in the pool\n",
        logged.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aBadFileJournalsNothingAndKeepsWaiting() throws IOException {
    Path journalFile = runDir.resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(journalFile)) {
      journal.append(new LabelRecord("earlier", 1, 1, "files"));
    }
    byte[] before = Files.readAllBytes(journalFile);
    oracle.answer(QUERIES, 2);
    Files.writeString(queries, "id,text,label\na,Good.,pos\nb,Bad.,neg\nc,Fine.,maybe\n");

    try (LabelJournal journal = LabelJournal.open(journalFile)) {
      DataFormatException error =
          assertThrows(DataFormatException.class, () -> oracle.resume(journal));

      assertTrue(
          error.getMessage().startsWith(queries + ":4: unknown label \"maybe\""),
          error.getMessage());
      assertEquals(1, journal.size());
    }
    assertArrayEquals(before, Files.readAllBytes(journalFile));
    assertTrue(PendingQueries.read(runDir).isPresent());
  }

  @Test
  void anImportInterruptedBeforeTheWaitEndedIsRepeatedWithoutDuplicates() throws IOException {
    oracle.answer(QUERIES, 2);
    Files.writeString(queries, "id,text,label\na,Good.,pos\nb,Bad.,neg\n");
    PendingQueries pending = PendingQueries.read(runDir).orElseThrow();
    Path journalFile = runDir.resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(journalFile)) {
      journal.append(new LabelRecord("a", 1, 2, "files"));
    }

    try (LabelJournal journal = LabelJournal.open(journalFile)) {
      oracle.resume(journal);
    }
    pending.write(runDir);
    try (LabelJournal journal = LabelJournal.open(journalFile)) {
      oracle.resume(journal);
    }

    assertEquals(
        List.of(
            "{\"id\":\"a\",\"label\":1,\"round\":2,\"oracle\":\"files\"}",
            "{\"id\":\"b\",\"label\":0,\"round\":2,\"oracle\":\"files\"}"),
        Files.readAllLines(journalFile).stream()
            .map(line -> JsonLineCrc.open(line).orElseThrow())
            .toList());
  }

  @Test
  void resumeWithoutPendingQueriesImportsNothing() throws IOException {
    try (LabelJournal journal = LabelJournal.open(runDir.resolve("labels.jsonl"))) {
      assertEquals(List.of(), oracle.resume(journal));
    }
    assertEquals("", logged.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMissingQueryFileIsAnError() throws IOException {
    oracle.answer(QUERIES, 2);
    Files.delete(queries);

    try (LabelJournal journal = LabelJournal.open(runDir.resolve("labels.jsonl"))) {
      DataFormatException error =
          assertThrows(DataFormatException.class, () -> oracle.resume(journal));
      assertEquals(
          queries
              + ": missing: the session waits for the labels of round 2's queries "
              + "in this file",
          error.getMessage());
    }
  }

  @Test
  void noQueriesNeedNoFile() throws IOException {
    OracleReply reply = oracle.answer(List.of(), 1);

    assertEquals(OracleReply.Status.ANSWERED, reply.status());
    assertFalse(Files.exists(runDir.resolve("queries-round-1.csv")));
  }
}
