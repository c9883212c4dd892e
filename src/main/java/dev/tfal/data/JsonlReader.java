package dev.tfal.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.error.DataFormatException;
import dev.tfal.io.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads JSON Lines files (UTF-8): one JSON object per line, blank lines skipped. Field names come
 * from a {@link ColumnSpec}; labels may be strings or the numbers 0 and 1. Objects without an id
 * field get the id {@code row-<line>}.
 */
public final class JsonlReader implements ExampleReader {
  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final ColumnSpec columns;

  public JsonlReader(ColumnSpec columns) {
    this.columns = Objects.requireNonNull(columns, "columns");
  }

  @Override
  public List<Example> read(Path file) throws IOException {
    return collect(file).decoded();
  }

  @Override
  public LabeledCorpus readCorpus(Path file) throws IOException {
    return collect(file).corpus();
  }

  private ExampleCollector collect(Path file) throws IOException {
    String text = Utf8Text.decode(Files.readAllBytes(file), file);
    ExampleCollector collector = new ExampleCollector(file, new LabelDecoder(columns.labels()));
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        addRow(parseObject(lines[i], file, i + 1), file, i + 1, collector);
      }
    }
    return collector;
  }

  private void addRow(JsonNode row, Path file, long line, ExampleCollector collector) {
    String id =
        row.has(columns.idColumn()) ? field(row, columns.idColumn(), file, line) : "row-" + line;
    String label = field(row, columns.labelColumn(), file, line);
    String review = field(row, columns.textColumn(), file, line);
    collector.add(id, review, label, columns.labelColumn(), line);
  }

  private JsonNode parseObject(String line, Path file, long lineNumber) {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new DataFormatException(file, lineNumber, "malformed JSON: " + e.getOriginalMessage());
    }
    if (!node.isObject()) {
      String type = node.getNodeType().name().toLowerCase(Locale.ROOT);
      throw new DataFormatException(
          file, lineNumber, "expected a JSON object per line, got " + type);
    }
    return node;
  }

  private static String field(JsonNode row, String name, Path file, long line) {
    JsonNode value = row.get(name);
    if (value == null || value.isNull()) {
      throw new DataFormatException(
          file,
          line,
          "object has no \""
              + name
              + "\" field; fields present: "
              + String.join(", ", fieldNames(row)));
    }
    if (!value.isValueNode()) {
      throw new DataFormatException(
          file, line, "field \"" + name + "\" must be a string or number, got " + value);
    }
    return value.asText();
  }

  private static List<String> fieldNames(JsonNode row) {
    List<String> names = new ArrayList<>();
    row.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
