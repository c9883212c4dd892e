package dev.tfal.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tfal.error.DataFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The texts to classify: one per line of plain text, or one per row of a CSV file with a header
 * ({@code .csv}) or per object of a JSON Lines file ({@code .jsonl}), with an optional id.
 */
public final class PredictInput {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One text to classify.
   *
   * @param id the id given with it, or null when the input has none
   */
  public record Row(JsonNode id, String text) {}

  /** Input formats, chosen by file name. */
  public enum Format {
    LINES,
    CSV,
    JSONL;

    public static Format of(String fileName) {
      String name = fileName.toLowerCase(Locale.ROOT);
      return name.endsWith(".csv") ? CSV : name.endsWith(".jsonl") ? JSONL : LINES;
    }
  }

  private PredictInput() {}

  /** Passes every row of {@code reader} to {@code sink}; {@code source} names it in errors. */
  public static void read(
      BufferedReader reader, Path source, Format format, PredictConfig config, Consumer<Row> sink)
      throws IOException {
    switch (format) {
      case LINES -> readLines(reader, sink);
      case CSV -> readCsv(reader, source, config, sink);
      case JSONL -> readJsonl(reader, source, config, sink);
    }
  }

  private static void readLines(BufferedReader reader, Consumer<Row> sink) throws IOException {
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      sink.accept(new Row(null, line));
    }
  }

  private static void readCsv(
      BufferedReader reader, Path source, PredictConfig config, Consumer<Row> sink)
      throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      if (!header.contains(config.textColumn())) {
        throw new DataFormatException(
            source, 1, "no column '" + config.textColumn() + "' in header " + header);
      }
      boolean hasId = header.contains(config.idColumn());
      Iterator<CSVRecord> records = parser.iterator();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        if (!record.isSet(config.textColumn())) {
          throw new DataFormatException(
              source, record.getRecordNumber() + 1, "missing column '" + config.textColumn() + "'");
        }
        JsonNode id = hasId ? TextNode.valueOf(record.get(config.idColumn())) : null;
        sink.accept(new Row(id, record.get(config.textColumn())));
      }
    } catch (UncheckedIOException e) {
      throw new DataFormatException(source, "malformed CSV: " + e.getCause().getMessage());
    }
  }

  private static void readJsonl(
      BufferedReader reader, Path source, PredictConfig config, Consumer<Row> sink)
      throws IOException {
    long number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = parse(line, source, number);
      JsonNode text = node.get(config.textColumn());
      if (text == null || !text.isTextual()) {
        throw new DataFormatException(
            source, number, "expected a string field '" + config.textColumn() + "'");
      }
      JsonNode id = node.get(config.idColumn());
      sink.accept(new Row(id == null || id.isNull() ? null : id, text.asText()));
    }
  }

  private static JsonNode parse(String line, Path source, long number) {
    try {
      JsonNode node = JSON.readTree(line);
      if (node == null || !node.isObject()) {
        throw new DataFormatException(source, number, "expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new DataFormatException(source, number, "malformed JSON: " + e.getOriginalMessage());
    }
  }
}
