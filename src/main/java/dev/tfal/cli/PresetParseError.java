package dev.tfal.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Describes a preset file Jackson could not map in the file's own terms: the dotted key ({@code
 * model.lstm_layers}) and the line it is on, never the Java classes behind the sections.
 */
final class PresetParseError {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PresetParseError() {}

  static DataFormatException of(Path file, JsonProcessingException e) throws IOException {
    if (e instanceof UnrecognizedPropertyException unknown) {
      List<String> key = keyPath(unknown);
      return new DataFormatException(
          file,
          lineOfKey(file, key, line(e)),
          "invalid preset: "
              + "unknown key \""
              + String.join(".", key)
              + "\"; known keys here: "
              + unknown.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    String problem = e.getOriginalMessage();
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      problem = "at key \"" + String.join(".", keyPath(mapping)) + "\": " + problem;
    }
    return new DataFormatException(file, line(e), "invalid preset: " + problem);
  }

  private static long line(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null ? 0 : location.getLineNr();
  }

  private static List<String> keyPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(JsonMappingException.Reference::getFieldName)
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * The line of {@code key} in {@code file}. Jackson reports unknown keys of a section where the
   * section ends, so the key is looked up by reading the file's tokens again.
   */
  private static long lineOfKey(Path file, List<String> key, long fallback) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && key.equals(pathOf(parser.getParsingContext()))) {
          return parser.currentTokenLocation().getLineNr();
        }
      }
    } catch (JsonProcessingException e) {
      return fallback;
    }
    return fallback;
  }

  private static List<String> pathOf(JsonStreamContext context) {
    List<String> path = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        path.add(0, c.getCurrentName());
      }
    }
    return path;
  }
}
