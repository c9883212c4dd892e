package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Parses label values of CSV, TSV and JSONL rows: 0/1, neg/pos, negative/positive. */
public final class LabelParser {
  public static final String ACCEPTED = "0, 1, neg, pos, negative, positive (any case)";

  private static final Map<String, Integer> LABELS =
      Map.of(
          "0",
          Example.NEGATIVE,
          "neg",
          Example.NEGATIVE,
          "negative",
          Example.NEGATIVE,
          "1",
          Example.POSITIVE,
          "pos",
          Example.POSITIVE,
          "positive",
          Example.POSITIVE);

  private LabelParser() {}

  /** The binary label id of a stripped value (0/1, neg/pos, negative/positive, any case). */
  static java.util.Optional<Integer> binaryId(String value) {
    return java.util.Optional.ofNullable(LABELS.get(value.toLowerCase(Locale.ROOT)));
  }

  /**
   * The label a raw value stands for, case-insensitive and trimmed.
   *
   * @throws DataFormatException naming {@code file} and {@code line} if the value is empty or
   *     unknown
   */
  public static int parse(String raw, String column, Path file, long line) {
    String value = raw.strip();
    if (value.isEmpty()) {
      throw new DataFormatException(file, line, "empty label in column \"" + column + "\"");
    }
    Integer label = LABELS.get(value.toLowerCase(Locale.ROOT));
    if (label == null) {
      throw new DataFormatException(
          file,
          line,
          "unknown label \"" + raw + "\" in column \"" + column + "\"; accepted: " + ACCEPTED);
    }
    return label;
  }
}
