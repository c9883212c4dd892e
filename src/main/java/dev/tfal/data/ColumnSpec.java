package dev.tfal.data;

import java.util.List;
import java.util.Objects;

/**
 * Which columns (CSV/TSV header names) or fields (JSONL keys) hold the text, the label and the id.
 * The id column is optional in the data: rows without one get the id {@code row-<line>}.
 *
 * @param textColumn column holding the review text
 * @param labelColumn column holding the label (0/1, neg/pos, negative/positive)
 * @param idColumn column holding a unique id, used when present
 * @param labels the class names a label must be one of, in id order ({@code --labels}); empty to
 *     take the set from the data (see {@link LabelDecoder})
 */
public record ColumnSpec(
    String textColumn, String labelColumn, String idColumn, List<String> labels) {
  public ColumnSpec {
    labels = labels == null ? List.of() : List.copyOf(labels);
    if (!labels.isEmpty()) {
      new LabelSet(labels);
    }
    requireName("textColumn", textColumn);
    requireName("labelColumn", labelColumn);
    requireName("idColumn", idColumn);
    if (textColumn.equals(labelColumn)) {
      throw new IllegalArgumentException(
          "textColumn and labelColumn must differ, both are \"" + textColumn + "\"");
    }
  }

  /** The columns, the label set taken from the data. */
  public ColumnSpec(String textColumn, String labelColumn, String idColumn) {
    this(textColumn, labelColumn, idColumn, List.of());
  }

  /** The same columns with the label set fixed to {@code names} (empty: from the data). */
  public ColumnSpec withLabels(List<String> names) {
    return new ColumnSpec(textColumn, labelColumn, idColumn, names);
  }

  /** Columns {@code text}, {@code label} and {@code id}. */
  public static ColumnSpec defaults() {
    return new ColumnSpec("text", "label", "id");
  }

  private static void requireName(String field, String value) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, got \"" + value + "\"");
    }
  }
}
