package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExampleTest {
  @Test
  void validatesItsFields() {
    assertEquals(
        "label must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> new Example("a", "t", -1)).getMessage());
    assertEquals(5, new Example("a", "t", 5).label(), "a class id of K > 2 classes");
    assertEquals(
        "id must not be blank, got \" \"",
        assertThrows(IllegalArgumentException.class, () -> new Example(" ", "t", 1)).getMessage());
    assertEquals(
        "id must be a single line, got \"a\nb\"",
        assertThrows(IllegalArgumentException.class, () -> new Example("a\nb", "t", 1))
            .getMessage());
    assertThrows(NullPointerException.class, () -> new Example("a", null, 1));
    assertEquals(true, new Example("a", "", Example.POSITIVE).isPositive());
  }

  @Test
  void columnSpecValidates() {
    assertEquals(new ColumnSpec("text", "label", "id"), ColumnSpec.defaults());
    assertEquals(
        "labelColumn must not be blank, got \"\"",
        assertThrows(IllegalArgumentException.class, () -> new ColumnSpec("t", "", "i"))
            .getMessage());
    assertEquals(
        "textColumn and labelColumn must differ, both are \"x\"",
        assertThrows(IllegalArgumentException.class, () -> new ColumnSpec("x", "x", "i"))
            .getMessage());
  }
}
