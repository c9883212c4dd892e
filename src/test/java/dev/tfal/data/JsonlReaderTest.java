package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
  @TempDir Path tmp;

  private final JsonlReader reader = new JsonlReader(ColumnSpec.defaults());

  private Path write(String content) throws IOException {
    return Files.writeString(tmp.resolve("r.jsonl"), content);
  }

  private DataFormatException failure(String content) throws IOException {
    Path file = write(content);
    return assertThrows(DataFormatException.class, () -> reader.read(file));
  }

  @Test
  void readsObjectsSkippingBlankLines() throws IOException {
    Path file =
        write(
            "{\"id\":\"a\",\"text\":\"Great <br />fun\",\"label\":\"POS\"}\r\n"
                + "\n   \n"
                + "{\"text\":\"Bad\",\"label\":0,\"extra\":[1]}\n"
                + "{\"id\":7,\"text\":\"Café \\u00e9\",\"label\":1}");
    assertEquals(
        List.of(
            new Example("a", "Great <br />fun", 1),
            new Example("row-4", "Bad", 0),
            new Example("7", "Café é", 1)),
        reader.read(file));
  }

  @Test
  void customFieldNames() throws IOException {
    Path file = write("{\"review\":\"ok\",\"y\":\"negative\"}\n");
    JsonlReader custom = new JsonlReader(new ColumnSpec("review", "y", "id"));
    assertEquals(List.of(new Example("row-1", "ok", 0)), custom.read(file));
  }

  @Test
  void malformedJsonNamesTheLine() throws IOException {
    DataFormatException e = failure("{\"text\":\"a\",\"label\":1}\n{\"text\": oops}\n");
    assertEquals(2, e.line().orElseThrow());
    assertTrue(e.getMessage().contains(":2: malformed JSON: "), e.getMessage());
  }

  @Test
  void trailingContentAfterTheObjectIsMalformed() throws IOException {
    assertEquals(1, failure("{\"text\":\"a\",\"label\":1} {}\n").line().orElseThrow());
  }

  @Test
  void aLineThatIsNotAnObjectIsAnError() throws IOException {
    DataFormatException e = failure("[1, 2]\n");
    assertTrue(
        e.getMessage().endsWith(":1: expected a JSON object per line, got array"), e.getMessage());
  }

  @Test
  void missingLabelListsTheFieldsPresent() throws IOException {
    DataFormatException e = failure("{\"text\":\"a\",\"label\":1}\n\n{\"text\":\"b\",\"lbl\":1}");
    assertTrue(
        e.getMessage().endsWith(":3: object has no \"label\" field; fields present: text, lbl"),
        e.getMessage());
  }

  @Test
  void nullLabelAndUnknownLabelAreErrors() throws IOException {
    assertTrue(
        failure("{\"text\":\"a\",\"label\":null}")
            .getMessage()
            .contains("object has no \"label\" field"));
    Path file = write("{\"text\":\"a\",\"label\":2}");
    JsonlReader fixed = new JsonlReader(ColumnSpec.defaults().withLabels(List.of("0", "1")));
    assertTrue(
        assertThrows(DataFormatException.class, () -> fixed.read(file))
            .getMessage()
            .endsWith(":1: label \"2\" in column \"label\" is not one of the labels 0, 1"));
  }

  @Test
  void duplicateIdsAndEmptyFilesAreErrors() throws IOException {
    assertTrue(
        failure(
                "{\"id\":\"x\",\"text\":\"a\",\"label\":1}\n"
                    + "{\"id\":\"x\",\"text\":\"b\",\"label\":0}\n")
            .getMessage()
            .endsWith(":2: duplicate id \"x\" (first seen on line 1)"));
    assertTrue(failure("\n\n").getMessage().endsWith(": no examples: the file has no data rows"));
  }
}
