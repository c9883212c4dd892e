package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BaldTest {
  private final Scorer scorer = new Bald();

  @Test
  void identicalPassesCarryNoInformation() {
    float[] pass = {0f, 0.1f, 0.5f, 0.73f, 1f};
    PoolView view = Pools.of(pass).withMonteCarlo(new float[][] {pass, pass, pass});
    assertArrayEquals(new double[5], scorer.scores(view), 1e-12);
  }

  @Test
  void disagreeingPassesGiveLnTwoMinusTheirEntropy() {
    PoolView view = Pools.of(0.5f).withMonteCarlo(new float[][] {{0.1f}, {0.9f}, {0.1f}, {0.9f}});
    // H(0.5) - H(0.1) = ln 2 - 0.3250829733914482 = 0.3680642071684971; float 0.1 costs ~1e-8
    assertEquals(0.3680642071684971, scorer.scores(view)[0], 1e-6);
  }

  @Test
  void certainButOpposedPassesGiveLnTwo() {
    PoolView view = Pools.of(0.5f).withMonteCarlo(new float[][] {{0f}, {1f}});
    assertEquals(Math.log(2), scorer.scores(view)[0], 1e-12);
  }

  @Test
  void readsThePassesNotTheDeterministicPrediction() {
    PoolView view = Pools.of(0.5f).withMonteCarlo(new float[][] {{0.99f}, {0.99f}});
    assertEquals(0, scorer.scores(view)[0], 1e-12);
  }

  @Test
  void withoutPassesIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> scorer.scores(Pools.of(0.5f)));
    assertEquals(
        "bald needs Monte-Carlo dropout passes, but the pool view has none", e.getMessage());
  }

  @Test
  void name() {
    assertEquals("bald", scorer.name());
  }
}
