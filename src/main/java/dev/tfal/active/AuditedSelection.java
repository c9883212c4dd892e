package dev.tfal.active;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Runs a query strategy with a uniform audit slice: {@code round(n * auditFraction)} candidates (at
 * most the pool) are drawn uniformly first, then the strategy chooses the rest of {@code n} among
 * the candidates left, in pool order. Both parts draw from the same random source.
 */
public final class AuditedSelection {
  private AuditedSelection() {}

  /**
   * Selects {@code n} candidates, a fraction of them uniformly. The two parts are disjoint and
   * together hold {@code min(n, pool size)} indices, unless the strategy's rule returns fewer.
   *
   * @throws IllegalArgumentException if {@code n < 0} or {@code auditFraction} is outside [0, 1]
   */
  public static Selection select(
      QueryStrategy inner, PoolView pool, int n, double auditFraction, RandomGenerator random) {
    Objects.requireNonNull(inner, "inner must not be null");
    Ranking.checkCount(n);
    if (!(auditFraction >= 0 && auditFraction <= 1)) {
      throw new IllegalArgumentException("auditFraction must be in [0, 1], got " + auditFraction);
    }
    int auditCount = (int) Math.min(Math.round(n * auditFraction), pool.size());
    List<Integer> audit = Ranking.sample(pool.size(), auditCount, random);
    Set<Integer> audited = new HashSet<>(audit);
    int[] remaining = IntStream.range(0, pool.size()).filter(i -> !audited.contains(i)).toArray();
    List<Integer> queried =
        inner.select(pool.subset(remaining), n - auditCount, random).stream()
            .map(j -> remaining[j])
            .toList();
    return new Selection(queried, audit);
  }
}
