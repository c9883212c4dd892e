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
  private final LabelDecoder labels;

  ExampleCollector(Path file) {
    this(file, new LabelDecoder(List.of()));
  }

  /** A collector whose raw labels {@code labels} decodes. */
  ExampleCollector(Path file, LabelDecoder labels) {
    this.file = file;
    this.labels = labels;
  }

  /** Adds the example of one row whose label is the raw value {@code label} of {@code column}. */
  void add(String rawId, String text, String label, String column, long line) {
    add(rawId, text, labels.id(label, column, file, line), line);
  }

  /** The examples with their final label ids. */
  List<Example> decoded() {
    return labels.remap(examples());
  }

  /** The examples with their final label ids and the label set, checked as a corpus. */
  LabeledCorpus corpus() {
    return new LabeledCorpus(file, decoded(), labels.labels(file));
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
