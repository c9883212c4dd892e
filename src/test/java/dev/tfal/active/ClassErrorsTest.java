package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassErrorsTest {
  @Test
  void totalAndNone() {
    assertEquals(12, new ClassErrors(5, 7).total());
    assertEquals(new ClassErrors(0, 0), ClassErrors.none());
  }

  @Test
  void rejectsNegativeCounts() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ClassErrors(-1, 0));
    assertEquals("falseNegatives must be >= 0, got -1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new ClassErrors(0, -3));
    assertEquals("falsePositives must be >= 0, got -3", e.getMessage());
  }
}
