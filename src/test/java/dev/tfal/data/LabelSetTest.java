package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LabelSetTest {
  static void assertRejected(String message, Executable executable) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, executable).getMessage());
  }

  private final LabelSet labels = LabelSet.of("ABBR", "DESC", "ENTY");

  @Test
  void namesAndIdsMapBothWays() {
    assertEquals(3, labels.size());
    assertEquals(List.of("ABBR", "DESC", "ENTY"), labels.names());
    assertEquals("ABBR", labels.name(0));
    assertEquals("ENTY", labels.name(2));
    assertEquals(0, labels.id("ABBR"));
    assertEquals(2, labels.id("ENTY"));
    labels.checkId(0);
    labels.checkId(2);
  }

  @Test
  void namesAreCopied() {
    List<String> names = new ArrayList<>(List.of("a", "b"));
    LabelSet set = new LabelSet(names);
    names.set(0, "z");
    assertEquals(List.of("a", "b"), set.names());
    assertThrows(UnsupportedOperationException.class, () -> set.names().add("c"));
    assertEquals(LabelSet.of("a", "b"), set);
  }

  @Test
  void badSetsAreRejected() {
    assertRejected("a label set needs at least 2 labels, got [only]", () -> LabelSet.of("only"));
    assertRejected("a label set needs at least 2 labels, got []", () -> LabelSet.of());
    assertRejected("label 1 must not be blank, got \" \"", () -> LabelSet.of("a", " "));
    assertRejected("label 0 must not be blank, got \"\"", () -> LabelSet.of("", "a"));
    assertRejected(
        "label 1 must not be blank, got null", () -> new LabelSet(Arrays.asList("a", null)));
    assertRejected("labels must be distinct, got \"a\" twice", () -> LabelSet.of("a", "b", "a"));
    assertEquals(
        "names must not be null",
        assertThrows(NullPointerException.class, () -> new LabelSet(null)).getMessage());
  }

  @Test
  void unknownNamesAndIdsOutOfRangeAreRejected() {
    assertRejected(
        "unknown label \"HUM\", expected one of [ABBR, DESC, ENTY]", () -> labels.id("HUM"));
    assertRejected("label id must be in [0, 3), got 3", () -> labels.name(3));
    assertRejected("label id must be in [0, 3), got -1", () -> labels.name(-1));
    assertRejected("label id must be in [0, 3), got 3", () -> labels.checkId(3));
    assertRejected("label id must be in [0, 3), got -1", () -> labels.checkId(-1));
  }
}
