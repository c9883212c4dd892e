package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers the examples of one file, rejecting duplicate ids and a file without examples. */
final class ExampleCollector {
  private final Path file;
  private final List<Example> examples = new ArrayList<>();
  private final Map<String, Long> lineById = new HashMap<>();

  ExampleCollector(Path file) {
    this.file = file;
  }

  /** The file the examples come from. */
  Path file() {
    return file;
  }

  /** Adds the example of one row; the id is trimmed and must be non-empty, single-line, new. */
  void add(String rawId, String text, int label, long line) {
    String id = rawId.strip();
    if (id.isEmpty() || id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0) {
      throw new DataFormatException(
          file, line, "id must be a non-empty single line, got \"" + rawId + "\"");
    }
    Long first = lineById.putIfAbsent(id, line);
    if (first != null) {
      throw new DataFormatException(
          file, line, "duplicate id \"" + id + "\" (first seen on line " + first + ")");
    }
    examples.add(new Example(id, text, label));
  }

  /** The examples in file order. */
  List<Example> examples() {
    if (examples.isEmpty()) {
      throw new DataFormatException(file, "no examples: the file has no data rows");
    }
    return List.copyOf(examples);
  }
}
