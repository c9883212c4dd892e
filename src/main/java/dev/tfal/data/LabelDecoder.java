package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the label values of one file into class ids. With a fixed label set (from {@code --labels},
 * or a model's labels) a value must name one of its classes, or it is an error naming the file and
 * line; the binary set also takes 0/1 and neg/pos. Without one, the values seen so far get
 * provisional ids and {@link #finish} decides the set: data whose values are all binary spellings
 * (0, 1, neg, pos, negative, positive, any case) is {@link LabelSet#BINARY} with negative = 0 and
 * positive = 1 as ever; other data has its distinct values, sorted, as classes. Not thread-safe;
 * one decoder per read.
 */
final class LabelDecoder {
  private final LabelSet fixed;
  private final Map<String, Integer> provisional = new HashMap<>();
  private final List<String> seen = new ArrayList<>();

  /** A decoder for {@code labels}, or one that learns the set from the data when it is empty. */
  LabelDecoder(List<String> labels) {
    this.fixed = labels.isEmpty() ? null : new LabelSet(labels);
  }

  /** The id of a raw value at {@code file}:{@code line}, provisional without a fixed set. */
  int id(String raw, String column, Path file, long line) {
    String value = raw.strip();
    if (value.isEmpty()) {
      throw new DataFormatException(file, line, "empty label in column \"" + column + "\"");
    }
    if (fixed == null) {
      return provisional.computeIfAbsent(
          value,
          v -> {
            seen.add(v);
            return seen.size() - 1;
          });
    }
    if (fixed.isBinary()) {
      return LabelParser.parse(raw, column, file, line);
    }
    int id = fixed.names().indexOf(value);
    if (id < 0) {
      throw new DataFormatException(
          file,
          line,
          "label \""
              + value
              + "\" in column \""
              + column
              + "\" is not one of the labels "
              + String.join(", ", fixed.names()));
    }
    return id;
  }

  /** The final names in id order: the fixed set, the binary set, or the values seen, sorted. */
  private List<String> names() {
    if (fixed != null) {
      return fixed.names();
    }
    return isBinary() ? LabelSet.BINARY.names() : List.copyOf(new TreeSet<>(seen));
  }

  private boolean isBinary() {
    return seen.stream().allMatch(v -> LabelParser.binaryId(v).isPresent());
  }

  /** {@code examples}, read with provisional ids, with their final ones. */
  List<Example> remap(List<Example> examples) {
    if (fixed != null) {
      return examples;
    }
    boolean binary = isBinary();
    List<String> names = names();
    int[] finalIds = new int[seen.size()];
    for (int i = 0; i < finalIds.length; i++) {
      String value = seen.get(i);
      finalIds[i] = binary ? LabelParser.binaryId(value).get() : names.indexOf(value);
    }
    List<Example> mapped = new ArrayList<>(examples.size());
    for (Example e : examples) {
      mapped.add(new Example(e.id(), e.text(), finalIds[e.label()]));
    }
    return mapped;
  }

  /**
   * The label set of everything decoded.
   *
   * @throws DataFormatException naming {@code file} if the data has fewer than two labels
   */
  LabelSet labels(Path file) {
    List<String> names = names();
    if (names.size() < 2) {
      throw new DataFormatException(
          file,
          names.isEmpty()
              ? "no examples"
              : "only the label \"" + names.get(0) + "\" found; a classifier needs at least 2");
    }
    return new LabelSet(names);
  }
}
