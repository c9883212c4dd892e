package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.data.fuzz.FuzzCheck;
import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutated JSON Lines files read or fail with a data error naming the file, nothing else. */
class JsonlReaderFuzzTest {
  private static final String JSONL =
      "{\"id\":\"a\",\"text\":\"Great \\\"film\\\"\\n\",\"label\":\"pos\"}\n"
          + "{\"id\":2,\"text\":\"Bad \\u00e9\",\"label\":0}\n"
          + "\n"
          + "{\"text\":\"no id\",\"label\":1,\"extra\":[1,{\"x\":null}]}\r\n";

  @TempDir Path tmp;

  @Test
  void mutatedJsonlReadsOrFailsWithADataError() throws IOException {
    FuzzCheck.check(
        tmp.resolve("fuzz.jsonl"),
        JSONL.getBytes(StandardCharsets.UTF_8),
        20261122L,
        800,
        file -> ExampleSource.read(file, ColumnSpec.defaults()));
  }

  @Test
  void aTenMegabyteReviewReadsWhole() throws IOException {
    String review = "b".repeat(10 << 20);
    Path file = tmp.resolve("long.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"long\",\"text\":\""
            + review
            + "\",\"label\":\"pos\"}\n{\"id\":\"s\",\"text\":\"ok\",\"label\":0}\n");

    List<Example> examples = new JsonlReader(ColumnSpec.defaults()).read(file);

    assertEquals(2, examples.size());
    assertEquals(review, examples.get(0).text());
  }

  @Test
  void aDuplicateIdNamesItsLine() throws IOException {
    Path file = tmp.resolve("dup.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"a\",\"text\":\"x\",\"label\":1}\n{\"id\":\"a\",\"text\":\"y\",\"label\":0}\n");

    DataFormatException e =
        assertThrows(
            DataFormatException.class, () -> new JsonlReader(ColumnSpec.defaults()).read(file));

    assertEquals(OptionalLong.of(2), e.line());
  }

  @Test
  void deeplyNestedJsonIsADataError() throws IOException {
    Path file = tmp.resolve("deep.jsonl");
    Files.writeString(file, "{\"id\":" + "[".repeat(100_000) + "\n");

    assertThrows(
        DataFormatException.class, () -> new JsonlReader(ColumnSpec.defaults()).read(file));
  }
}
