package dev.tfal.active;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Registry name {@code ratio-uncertainty}: the reference's per-class budget ({@link ClassBudget})
 * without its peek at the true labels. Candidates are split by <em>predicted</em> class
 * (probability above 0.5 is positive) and, within each part, taken most uncertain first by least
 * confidence, ties broken at random. Whatever the two budgets leave of {@code n} (a part running
 * short, or the budget's truncation) is filled with the most uncertain candidates not yet taken,
 * whichever their predicted class, so the selection always holds {@code min(n, pool size)} items.
 */
public final class RatioUncertaintySampling implements QueryStrategy {
  private final Scorer uncertainty = new LeastConfidence();

  @Override
  public List<Integer> select(PoolView pool, int n, RandomGenerator random) {
    ClassBudget budget = ClassBudget.of(pool.errors(), n);
    List<Integer> ranked = Ranking.descending(uncertainty.scores(pool), random);
    Set<Integer> selected = new LinkedHashSet<>();
    selected.addAll(takePredicted(pool, ranked, false, budget.negatives()));
    selected.addAll(takePredicted(pool, ranked, true, budget.positives()));
    for (int i = 0; i < ranked.size() && selected.size() < n; i++) {
      selected.add(ranked.get(i));
    }
    return List.copyOf(selected);
  }

  private static List<Integer> takePredicted(
      PoolView pool, List<Integer> ranked, boolean positive, int count) {
    List<Integer> taken = new ArrayList<>(Math.min(count, ranked.size()));
    for (int i = 0; i < ranked.size() && taken.size() < count; i++) {
      if (pool.predictedPositive(ranked.get(i)) == positive) {
        taken.add(ranked.get(i));
      }
    }
    return taken;
  }

  @Override
  public String toString() {
    return "ratio-uncertainty";
  }
}
