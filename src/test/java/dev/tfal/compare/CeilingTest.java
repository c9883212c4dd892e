package dev.tfal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CeilingTest {
  private static final SplitCeiling FIRST = new SplitCeiling(1337, List.of(0.84, 0.86));
  private static final SplitCeiling SECOND = new SplitCeiling(1338, List.of(0.88, 0.88));

  @Test
  void oneSplitMeasuresEverySeed() {
    Ceiling ceiling = new Ceiling(List.of(FIRST));
    assertFalse(ceiling.perSeed());
    assertEquals(0.85, ceiling.forSeed(1337), 1e-12);
    assertEquals(0.85, ceiling.forSeed(1338), 1e-12);
    assertEquals(Math.sqrt(0.0002), ceiling.std(), 1e-12, "the two models' spread");
    assertEquals(FIRST.describe(), ceiling.describe());
  }

  /** Split means 0.85 and 0.88: mean 0.865, spread over the seeds sqrt(0.00045). */
  @Test
  void perSeedMeasuresEachSeedAgainstItsOwnSplit() {
    Ceiling ceiling = new Ceiling(List.of(FIRST, SECOND));
    assertTrue(ceiling.perSeed());
    assertEquals(0.85, ceiling.forSeed(1337), 1e-12);
    assertEquals(0.88, ceiling.forSeed(1338), 1e-12);
    assertEquals(0.865, ceiling.mean(), 1e-12);
    assertEquals(Math.sqrt(0.00045), ceiling.std(), 1e-12);
    assertEquals(
        "per seed, each on its own split: 1337 0.8500, 1338 0.8800 (mean 0.8650; each the mean of"
            + " 2 training seeds)",
        ceiling.describe());
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ceiling.forSeed(1339));
    assertEquals("no full-data model for seed 1339", error.getMessage());
  }
}
