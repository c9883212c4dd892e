package dev.tfal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SplitCeilingTest {
  @Test
  void oneModelIsTheReferencesCeiling() {
    SplitCeiling one = new SplitCeiling(1337, List.of(0.8502));
    assertEquals(0.8502, one.mean(), 1e-12);
    assertEquals(0, one.std());
    assertEquals("0.8502", one.describe());
  }

  /** 0.85, 0.84, 0.86: mean 0.85, sample std 0.01. */
  @Test
  void severalModelsGiveTheirMeanAndSampleSpread() {
    SplitCeiling three = new SplitCeiling(1337, List.of(0.85, 0.84, 0.86));
    assertEquals(0.85, three.mean(), 1e-12);
    assertEquals(0.01, three.std(), 1e-12);
    assertEquals(
        "0.8500 ± 0.0100 (mean of 3 full-data models: training seeds 1337-1339 on the split of"
            + " seed 1337)",
        three.describe());
  }

  @Test
  void aCeilingNeedsAModel() {
    assertThrows(IllegalArgumentException.class, () -> new SplitCeiling(1, List.of()));
  }
}
