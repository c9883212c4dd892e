package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassBudgetTest {
  @Test
  void sharesFollowTheErrors() {
    assertEquals(new ClassBudget(6, 2), ClassBudget.of(new ClassErrors(30, 10), 8));
  }

  @Test
  void noErrorsOfOneKindSplitsEvenly() {
    assertEquals(new ClassBudget(4, 4), ClassBudget.of(new ClassErrors(0, 10), 8));
    assertEquals(new ClassBudget(4, 4), ClassBudget.of(new ClassErrors(10, 0), 8));
    assertEquals(new ClassBudget(2, 2), ClassBudget.of(ClassErrors.none(), 5));
  }

  @Test
  void truncatesEachShare() {
    ClassBudget budget = ClassBudget.of(new ClassErrors(397, 349), 5000);
    assertEquals(new ClassBudget(2660, 2339), budget);
    assertEquals(4999, budget.total());
  }

  @Test
  void multipliesTheShareAfterDividingAsTheReferenceDoes() {
    // 29 / 100 * 100 is 28.999999999999996 in double arithmetic; Python's int() gives 28.
    assertEquals(new ClassBudget(28, 71), ClassBudget.of(new ClassErrors(29, 71), 100));
  }

  @Test
  void rejectsANegativeCount() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClassBudget.of(ClassErrors.none(), -2));
    assertEquals("n must be >= 0, got -2", e.getMessage());
  }
}
