package dev.tfal.active;

import java.util.List;
import java.util.random.RandomGenerator;

/** Registry name {@code random}: a uniform sample of the pool without replacement. */
public final class RandomSampling implements QueryStrategy {
  @Override
  public List<Integer> select(PoolView pool, int n, RandomGenerator random) {
    return Ranking.sample(pool.size(), n, random);
  }

  @Override
  public String toString() {
    return "random";
  }
}
