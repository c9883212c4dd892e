package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CohensKappaTest {
  /** Labelings with the given 2x2 table: both 1, a 1 only, b 1 only, both 0. */
  private static int[][] table(int both, int onlyA, int onlyB, int neither) {
    int n = both + onlyA + onlyB + neither;
    int[] a = new int[n];
    int[] b = new int[n];
    int i = 0;
    for (int k = 0; k < both; k++, i++) {
      a[i] = 1;
      b[i] = 1;
    }
    for (int k = 0; k < onlyA; k++, i++) {
      a[i] = 1;
    }
    for (int k = 0; k < onlyB; k++, i++) {
      b[i] = 1;
    }
    return new int[][] {a, b};
  }

  @Test
  void perfectAgreementIsOne() {
    int[][] t = table(3, 0, 0, 5);
    assertEquals(1.0, CohensKappa.of(t[0], t[1]), 1e-12);
  }

  @Test
  void handComputedTable() {
    // n = 50; po = 35/50 = 0.7; a says 1 for 25, b for 30: pe = 0.5 * 0.6 + 0.5 * 0.4 = 0.5;
    // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
    int[][] t = table(20, 5, 10, 15);
    assertEquals(0.4, CohensKappa.of(t[0], t[1]), 1e-12);
  }

  @Test
  void chanceLevelIsZeroAndTotalDisagreementIsMinusOne() {
    // a = 1 1 0 0, b = 1 0 1 0: po = 0.5, pe = 0.5
    assertEquals(0.0, CohensKappa.of(new int[] {1, 1, 0, 0}, new int[] {1, 0, 1, 0}), 1e-12);
    assertEquals(-1.0, CohensKappa.of(new int[] {1, 0}, new int[] {0, 1}), 1e-12);
  }

  @Test
  void constantEqualLabelingsAreOne() {
    assertEquals(1.0, CohensKappa.of(new int[] {1, 1, 1}, new int[] {1, 1, 1}));
    assertEquals(1.0, CohensKappa.of(new int[] {0, 0}, new int[] {0, 0}));
  }

  @Test
  void oneConstantLabelingIsZero() {
    // pe = po = 2/3 when b is all 1 and a agrees on two of three
    assertEquals(0.0, CohensKappa.of(new int[] {1, 1, 0}, new int[] {1, 1, 1}), 1e-12);
  }

  @Test
  void rejectsBadInput() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CohensKappa.of(new int[2], new int[3]));
    assertEquals("labelings must have the same length, got 2 and 3", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CohensKappa.of(new int[0], new int[0]));
    assertEquals("labelings must not be empty", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CohensKappa.of(new int[] {0, 1}, new int[] {0, 2}));
    assertEquals("b[1] must be 0 or 1, got 2", e.getMessage());
  }
}
