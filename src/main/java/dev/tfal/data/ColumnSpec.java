package dev.tfal.data;

import java.util.Objects;

/**
 * Which columns (CSV/TSV header names) or fields (JSONL keys) hold the text, the label and the id.
 * The id column is optional in the data: rows without one get the id {@code row-<line>}.
 *
 * @param textColumn column holding the review text
 * @param labelColumn column holding the label (0/1, neg/pos, negative/positive)
 * @param idColumn column holding a unique id, used when present
 */
public record ColumnSpec(String textColumn, String labelColumn, String idColumn) {
  public ColumnSpec {
    requireName("textColumn", textColumn);
    requireName("labelColumn", labelColumn);
    requireName("idColumn", idColumn);
    if (textColumn.equals(labelColumn)) {
      throw new IllegalArgumentException(
          "textColumn and labelColumn must differ, both are \"" + textColumn + "\"");
    }
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
