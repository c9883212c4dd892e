package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PoolViewTest {
  private static final float[][] PASSES = {{0.1f, 0.2f, 0.3f}, {0.4f, 0.5f, 0.6f}};

  private static PoolView full() {
    return Pools.of(0.9f, 0.2f, 0.6f)
        .withMonteCarlo(PASSES)
        .withRevealedLabels(new int[] {1, 0, 0})
        .withErrors(new ClassErrors(3, 4));
  }

  @Test
  void featuresAreCheckedCopiedAndFollowASubset() {
    float[][] rows = {{1, 2}, {3, 4}, {5, 6}};
    PoolView view = full().withFeatures(rows);
    rows[0][0] = 99;
    assertEquals(1f, view.feature(0, 0));
    assertEquals(2, view.featureDimension());
    PoolView subset = view.subset(new int[] {2, 0});
    assertEquals(5f, subset.feature(0, 0));
    assertEquals(2f, subset.feature(1, 1));

    IllegalArgumentException rowCount =
        assertThrows(IllegalArgumentException.class, () -> full().withFeatures(new float[2][2]));
    assertEquals("features must have one row per id (3), got 2", rowCount.getMessage());
    IllegalArgumentException ragged =
        assertThrows(
            IllegalArgumentException.class,
            () -> full().withFeatures(new float[][] {{1, 2}, {3}, {5, 6}}));
    assertEquals(
        "feature rows must have one length, row 0 has 2, row 1 has 1", ragged.getMessage());
    IllegalArgumentException notFinite =
        assertThrows(
            IllegalArgumentException.class,
            () -> full().withFeatures(new float[][] {{1, 2}, {3, Float.NaN}, {5, 6}}));
    assertEquals("features[1] holds NaN", notFinite.getMessage());
    assertThrows(IllegalStateException.class, () -> full().feature(0, 0));
  }

  @Test
  void copiesArraysOnTheWayIn() {
    float[] probabilities = {0.1f, 0.7f};
    PoolView view = Pools.of(probabilities);
    probabilities[0] = 0.9f;
    assertEquals(0.1f, view.probability(0));
  }

  @Test
  void copiesArraysOnTheWayOut() {
    PoolView view = full();
    view.probabilities()[0] = 0f;
    view.monteCarlo().orElseThrow()[1][2] = 0f;
    view.revealedLabels().orElseThrow()[0] = 0;
    assertEquals(full(), view);
    assertEquals(0.9f, view.probability(0));
    assertEquals(0.6f, view.monteCarloProbability(1, 2));
    assertEquals(1, view.revealedLabel(0));
  }

  @Test
  void indexedAccessors() {
    PoolView view = full();
    assertEquals(3, view.size());
    assertEquals("r1", view.id(1));
    assertEquals(2, view.monteCarloPasses());
    assertTrue(view.predictedPositive(0));
    assertFalse(view.predictedPositive(1));
    assertFalse(Pools.of(0.5f).predictedPositive(0));
    assertEquals(new ClassErrors(3, 4), view.errors());
  }

  @Test
  void subsetKeepsEverythingForThePickedCandidates() {
    PoolView subset = full().subset(new int[] {2, 0});
    PoolView expected =
        new PoolView(
            List.of("r2", "r0"),
            new float[] {0.6f, 0.9f},
            Optional.of(new float[][] {{0.3f, 0.1f}, {0.6f, 0.4f}}),
            Optional.of(new int[] {0, 1}),
            new ClassErrors(3, 4),
            Optional.empty());
    assertEquals(expected, subset);
  }

  @Test
  void equalityComparesContents() {
    assertEquals(full(), full());
    assertEquals(full().hashCode(), full().hashCode());
    assertFalse(full().equals(full().withErrors(ClassErrors.none())));
    assertEquals(
        "PoolView[size=3, monteCarloPasses=2, revealedLabels=true, "
            + "errors=ClassErrors[falseNegatives=3, falsePositives=4], featureDimension=0]",
        full().toString());
    assertFalse(full().equals(full().withFeatures(new float[3][2])));
    assertEquals(
        full().withFeatures(new float[][] {{1, 2}, {3, 4}, {5, 6}}),
        full().withFeatures(new float[][] {{1, 2}, {3, 4}, {5, 6}}));
  }

  @Test
  void rejectsMismatchedLengths() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PoolView.of(List.of("a", "b"), new float[] {0.5f}));
    assertEquals("probabilities must have one value per id (2), got 1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Pools.of(0.5f, 0.5f).withMonteCarlo(new float[][] {{0.5f}}));
    assertEquals("monteCarlo[0] must have one value per id (2), got 1", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> Pools.of(0.5f).withRevealedLabels(new int[2]));
    assertEquals("revealedLabels must have one label per id (1), got 2", e.getMessage());
  }

  @Test
  void rejectsDuplicateIds() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PoolView.of(List.of("a", "b", "a"), new float[3]));
    assertEquals("ids must be distinct, 'a' appears twice", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> full().subset(new int[] {1, 1}));
  }

  @Test
  void rejectsBadValues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Pools.of(0.5f, Float.NaN));
    assertEquals("probabilities[1] must be in [0, 1], got NaN", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> Pools.of(0.5f).withMonteCarlo(new float[0][]));
    assertEquals("monteCarlo must hold at least one pass, got 0", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class, () -> Pools.of(0.5f).withRevealedLabels(new int[] {2}));
    assertEquals("revealedLabels[0] must be 0 or 1, got 2", e.getMessage());
  }

  @Test
  void absentPartsAreEmptyAndAskingForThemIsAnOrderError() {
    PoolView view = Pools.of(0.5f);
    assertEquals(Optional.empty(), view.monteCarlo());
    assertEquals(0, view.monteCarloPasses());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> view.revealedLabel(0));
    assertEquals("no revealed labels", e.getMessage());
  }

  @Test
  void copiesAreUsableAsArrays() {
    assertArrayEquals(new float[] {0.9f, 0.2f, 0.6f}, full().probabilities());
  }
}
