package dev.tfal.data;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The K >= 2 class labels of a classifier, in order: label id {@code i} is named {@code
 * names().get(i)}. Names are distinct and not blank; the list is an immutable copy.
 */
public record LabelSet(List<String> names) {
  /**
   * The two classes of binary data (0/1, neg/pos, negative/positive): negative is id 0, positive id
   * 1, as {@link Example#NEGATIVE} and {@link Example#POSITIVE}.
   */
  public static final LabelSet BINARY = LabelSet.of("negative", "positive");

  public LabelSet {
    Objects.requireNonNull(names, "names must not be null");
    if (names.size() < 2) {
      throw new IllegalArgumentException("a label set needs at least 2 labels, got " + names);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(
            "label " + i + " must not be blank, got " + (name == null ? "null" : quote(name)));
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException(
            "labels must be distinct, got " + quote(name) + " twice");
      }
    }
    names = List.copyOf(names);
  }

  public static LabelSet of(String... names) {
    return new LabelSet(List.of(names));
  }

  /** Whether this is {@link #BINARY}, whose values may be written 0/1, neg/pos. */
  public boolean isBinary() {
    return equals(BINARY);
  }

  /** The number of classes, K. */
  public int size() {
    return names.size();
  }

  /** The name of label {@code id}. */
  public String name(int id) {
    checkId(id);
    return names.get(id);
  }

  /** The id of the label called {@code name}. */
  public int id(String name) {
    int id = names.indexOf(name);
    if (id < 0) {
      throw new IllegalArgumentException(
          "unknown label " + quote(name) + ", expected one of " + names);
    }
    return id;
  }

  /** Throws unless {@code id} is in [0, K). */
  public void checkId(int id) {
    if (id < 0 || id >= names.size()) {
      throw new IllegalArgumentException(
          "label id must be in [0, " + names.size() + "), got " + id);
    }
  }

  private static String quote(String name) {
    return "\"" + name + "\"";
  }
}
