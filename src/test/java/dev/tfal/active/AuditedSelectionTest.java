package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AuditedSelectionTest {
  private static final QueryStrategy LEAST_CONFIDENCE =
      QueryStrategies.create("least-confidence", StrategyOptions.defaults());

  /** 100 candidates; the most uncertain (p = 0.5) are the first 20, the rest near-certain. */
  private static PoolView pool() {
    float[] probabilities = new float[100];
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = i < 20 ? 0.5f : 0.99f - i / 10_000f;
    }
    return Pools.of(probabilities);
  }

  private static Selection select(PoolView pool, int n, double fraction, long seed) {
    return AuditedSelection.select(LEAST_CONFIDENCE, pool, n, fraction, new SplittableRandom(seed));
  }

  @Test
  void sizesFollowTheFraction() {
    Selection selection = select(pool(), 10, 0.25, 1);
    assertEquals(3, selection.audit().size()); // round(2.5) = 3
    assertEquals(7, selection.queried().size());
    assertEquals(10, selection.size());
  }

  @Test
  void partsAreDisjointAndInRange() {
    for (long seed = 0; seed < 20; seed++) {
      Selection selection = select(pool(), 30, 0.3, seed);
      Set<Integer> all = new HashSet<>(selection.all());
      assertEquals(30, all.size(), "overlap in " + selection);
      assertTrue(all.stream().allMatch(i -> i >= 0 && i < 100), selection.toString());
    }
  }

  @Test
  void strategyChoosesAmongTheCandidatesTheAuditLeft() {
    Selection selection = select(pool(), 25, 0.2, 3);
    // The 20 uncertain candidates minus any audited first, then the most uncertain of the rest.
    Set<Integer> uncertain = new HashSet<>(IntStream.range(0, 20).boxed().toList());
    uncertain.removeAll(selection.audit());
    assertEquals(uncertain, new HashSet<>(selection.queried().subList(0, uncertain.size())));
    assertEquals(20, selection.queried().size());
  }

  @Test
  void mapsIndicesBackToTheFullView() {
    // One audited, one queried: the most uncertain left, 3 (p = 0.5), or 4 (p = 0.8) if 3 was
    // audited, as an index into the full view however the audit shifted the sub-view.
    PoolView view = Pools.of(0.9f, 0.95f, 0.99f, 0.5f, 0.8f, 0.97f);
    Set<Integer> audited = new HashSet<>();
    for (long seed = 0; seed < 12; seed++) {
      Selection selection = select(view, 2, 0.5, seed);
      assertEquals(1, selection.audit().size());
      audited.addAll(selection.audit());
      int expected = selection.audit().contains(3) ? 4 : 3;
      assertEquals(List.of(expected), selection.queried(), "seed " + seed);
    }
    assertTrue(audited.size() > 3, "audits " + audited);
  }

  @Test
  void sameSeedSameSelection() {
    assertEquals(select(pool(), 20, 0.5, 5), select(pool(), 20, 0.5, 5));
  }

  @Test
  void poolSmallerThanNGivesTheWholePool() {
    Selection selection = select(pool().subset(new int[] {4, 50, 60, 70}), 10, 0.5, 1);
    assertEquals(4, selection.audit().size());
    assertEquals(List.of(), selection.queried());
    selection = select(pool().subset(new int[] {4, 50, 60, 70}), 6, 0.5, 1);
    assertEquals(3, selection.audit().size());
    assertEquals(Set.of(0, 1, 2, 3), new HashSet<>(selection.all()));
  }

  @Test
  void zeroFractionIsThePlainStrategy() {
    Selection selection = select(pool(), 8, 0, 2);
    assertEquals(List.of(), selection.audit());
    assertEquals(LEAST_CONFIDENCE.select(pool(), 8, new SplittableRandom(2)), selection.queried());
  }

  @Test
  void faithfulRatioKeepsPoolOrderInTheSubView() {
    int[] labels = IntStream.range(0, 40).map(i -> i % 2).toArray();
    PoolView view = Pools.uniform(40, 0.5f).withRevealedLabels(labels);
    Selection selection =
        AuditedSelection.select(new RatioSampling(), view, 10, 0.2, new SplittableRandom(8));
    List<Integer> negatives =
        IntStream.range(0, 40)
            .filter(i -> labels[i] == 0 && !selection.audit().contains(i))
            .limit(4)
            .boxed()
            .toList();
    assertEquals(negatives, selection.queried().subList(0, 4));
  }

  @Test
  void rejectsBadArguments() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> select(pool(), 5, 1.5, 1));
    assertEquals("auditFraction must be in [0, 1], got 1.5", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> select(pool(), -1, 0.1, 1));
    assertEquals("n must be >= 0, got -1", e.getMessage());
  }

  @Test
  void selectionRejectsOverlap() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new Selection(List.of(1, 2), List.of(2)));
    assertEquals("index 2 is selected twice", e.getMessage());
    assertEquals(List.of(5, 1), Selection.of(List.of(5, 1)).all());
  }
}
