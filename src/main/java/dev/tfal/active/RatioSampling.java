package dev.tfal.active;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Registry name {@code ratio}: the Keras reference rule, faithfully. The budget is split by the
 * current model's errors ({@link ClassBudget}); the negatives are then the first unlabelled
 * candidates whose <em>true</em> label is negative, in pool order, and likewise the positives (the
 * reference's {@code pool_negatives.take(k)}). Needs the revealed labels of a simulated oracle, so
 * it cannot run against a human; use {@code ratio-uncertainty} there.
 *
 * <p>Where a class has fewer candidates than its budget, all of them are taken and the rest of the
 * budget is not spent on the other class, as in the reference. Because of the truncation in the
 * budget, the selection may hold fewer than {@code n} items even then (n = 5000 may give 4999). The
 * random source is not used: the rule is deterministic.
 */
public final class RatioSampling implements QueryStrategy {
  @Override
  public List<Integer> select(PoolView pool, int n, RandomGenerator random) {
    if (!pool.hasRevealedLabels()) {
      throw new IllegalArgumentException(
          "ratio needs the true labels of the pool (a simulated oracle); "
              + "use ratio-uncertainty to query without them");
    }
    ClassBudget budget = ClassBudget.of(pool.errors(), n);
    List<Integer> selected = new ArrayList<>(budget.total());
    selected.addAll(firstOfClass(pool, 0, budget.negatives()));
    selected.addAll(firstOfClass(pool, 1, budget.positives()));
    return List.copyOf(selected);
  }

  private static List<Integer> firstOfClass(PoolView pool, int label, int count) {
    List<Integer> taken = new ArrayList<>(Math.min(count, pool.size()));
    for (int i = 0; i < pool.size() && taken.size() < count; i++) {
      if (pool.revealedLabel(i) == label) {
        taken.add(i);
      }
    }
    return taken;
  }

  @Override
  public boolean needsRevealedLabels() {
    return true;
  }

  @Override
  public String toString() {
    return "ratio";
  }
}
