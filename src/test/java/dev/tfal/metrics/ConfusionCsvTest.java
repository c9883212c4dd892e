package dev.tfal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.LabelSet;
import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfusionCsvTest {
  private static final ConfusionMatrix PETS =
      new ConfusionMatrix(
          LabelSet.of("cat", "dog", "bird"), new long[][] {{2, 1, 0}, {1, 1, 0}, {0, 1, 1}});

  @TempDir Path dir;

  @Test
  void writesOneRowPerTrueClass() throws IOException {
    Path file = dir.resolve("round-1/confusion.csv");
    ConfusionCsv.write(PETS, file);
    assertEquals(
        "true\\predicted,cat,dog,bird\ncat,2,1,0\ndog,1,1,0\nbird,0,1,1\n", Files.readString(file));
    assertEquals(PETS, ConfusionCsv.read(file));
  }

  @Test
  void namesThatNeedQuotingRoundTrip() throws IOException {
    ConfusionMatrix odd =
        new ConfusionMatrix(
            LabelSet.of("a,b", "say \"hi\"", "ünï"),
            new long[][] {{0, 12345678901L, 0}, {1, 0, 0}, {0, 0, 7}});
    Path file = dir.resolve("confusion.csv");
    ConfusionCsv.write(odd, file);
    assertEquals(
        "true\\predicted,\"a,b\",\"say \"\"hi\"\"\",ünï\n",
        Files.readAllLines(file, StandardCharsets.UTF_8).get(0) + "\n");
    assertEquals(odd, ConfusionCsv.read(file));
  }

  @Test
  void replacesAnExistingFileLeavingNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("confusion.csv");
    Files.writeString(file, "old");
    ConfusionCsv.write(PETS, file);
    assertEquals(PETS, ConfusionCsv.read(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void malformedTablesNameTheFileAndLine() throws IOException {
    assertBad("", "no header: the file is empty");
    assertBad("predicted,a,b\na,1,0\nb,0,1\n", ":1: the header must start with true\\predicted");
    assertBad(
        "true\\predicted,a,a\na,1,0\na,0,1\n", ":1: labels must be distinct, got \"a\" twice");
    assertBad("true\\predicted,a,b\na,1,0\n", "expected one row per label (2), got 1");
    assertBad(
        "true\\predicted,a,b\na,1,0\nb,0,1\nc,0,0\n", "expected one row per label (2), got 3");
    assertBad("true\\predicted,a,b\nb,1,0\na,0,1\n", ":2: expected the row of \"a\", got \"b\"");
    assertBad("true\\predicted,a,b\na,1,0\nb,0\n", ":3: expected 3 cells, got 2");
    assertBad(
        "true\\predicted,a,b\na,1,-1\nb,0,1\n",
        ":2: a count must be a whole number >= 0, got \"-1\"");
    assertBad(
        "true\\predicted,a,b\na,1,0\nb,x,1\n",
        ":3: a count must be a whole number >= 0, got \"x\"");
    assertBad(
        "true\\predicted,a,b\na,1,1234567890123456789\nb,0,1\n",
        ":2: a count must be a whole number >= 0, got \"1234567890123456789\"");
    assertBad("true\\predicted,\"a,b\na,1\n", "malformed CSV: ");
  }

  @Test
  void theLargestCountAllowedParses() throws IOException {
    Path file = dir.resolve("big.csv");
    Files.writeString(file, "true\\predicted,a,b\na,999999999999999999,0\nb,0,1\n");
    assertEquals(999_999_999_999_999_999L, ConfusionCsv.read(file).count(0, 0));
  }

  private void assertBad(String content, String expected) throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, content);
    DataFormatException e = assertThrows(DataFormatException.class, () -> ConfusionCsv.read(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(
        e.getMessage().contains(expected), "'" + e.getMessage() + "' lacks '" + expected + "'");
  }
}
