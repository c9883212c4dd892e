package dev.tfal.active;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * BADGE (batch active learning by diverse gradient embeddings, Ash et al. 2020): uncertainty and
 * diversity in one rule. Each candidate is embedded as the gradient of its loss with respect to the
 * output layer (weights and bias) had its label been the predicted class: {@code (p - y) * [h, 1]},
 * with {@code h} the hidden representation, {@code p} P(positive) and {@code y} the predicted
 * class. Its length grows with uncertainty ({@code |p - y| = min(p, 1 - p)}), its direction says
 * what the review is like to the model. The batch is the k-means++ seeding of these embeddings:
 * first the longest one (lowest index among equals), then each next one drawn with probability
 * proportional to its squared distance from the nearest one already chosen, uniformly among the
 * rest when every remaining distance is 0. A batch so holds uncertain reviews unlike each other,
 * where least-confidence may take many near-duplicates.
 */
final class BadgeSampling implements QueryStrategy {
  static final String NAME = "badge";

  @Override
  public List<Integer> select(PoolView pool, int n, RandomGenerator random) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    if (!pool.hasFeatures()) {
      throw new IllegalArgumentException(
          "badge needs the model's hidden representation of every candidate in the view");
    }
    int size = pool.size();
    if (n >= size) {
      return IntStream.range(0, size).boxed().toList();
    }
    double[][] embeddings = embeddings(pool);
    double[] nearest = new double[size];
    Arrays.fill(nearest, Double.POSITIVE_INFINITY);
    boolean[] chosen = new boolean[size];
    List<Integer> picked = new ArrayList<>(n);
    int next = longest(embeddings);
    while (picked.size() < n) {
      picked.add(next);
      chosen[next] = true;
      if (picked.size() == n) {
        break;
      }
      double total = 0;
      for (int i = 0; i < size; i++) {
        if (!chosen[i]) {
          nearest[i] = Math.min(nearest[i], squaredDistance(embeddings[i], embeddings[next]));
          total += nearest[i];
        }
      }
      next = total > 0 ? draw(nearest, chosen, total, random) : uniform(chosen, random);
    }
    return List.copyOf(picked);
  }

  @Override
  public boolean needsFeatures() {
    return true;
  }

  @Override
  public String toString() {
    return NAME;
  }

  /** {@code (p - y) * [h, 1]} per candidate, y the predicted class. */
  static double[][] embeddings(PoolView pool) {
    int width = pool.featureDimension();
    double[][] embeddings = new double[pool.size()][width + 1];
    for (int i = 0; i < pool.size(); i++) {
      double p = pool.probability(i);
      double scale = p - (pool.predictedPositive(i) ? 1 : 0);
      for (int d = 0; d < width; d++) {
        embeddings[i][d] = scale * pool.feature(i, d);
      }
      embeddings[i][width] = scale;
    }
    return embeddings;
  }

  private static int longest(double[][] embeddings) {
    int best = 0;
    double bestNorm = -1;
    for (int i = 0; i < embeddings.length; i++) {
      double norm = squaredNorm(embeddings[i]);
      if (norm > bestNorm) {
        best = i;
        bestNorm = norm;
      }
    }
    return best;
  }

  /** A not yet chosen index drawn with probability {@code nearest[i] / total}. */
  private static int draw(
      double[] nearest, boolean[] chosen, double total, RandomGenerator random) {
    double target = random.nextDouble() * total;
    int last = -1;
    for (int i = 0; i < nearest.length; i++) {
      if (chosen[i] || nearest[i] <= 0) {
        continue;
      }
      last = i;
      target -= nearest[i];
      if (target < 0) {
        return i;
      }
    }
    return last;
  }

  private static int uniform(boolean[] chosen, RandomGenerator random) {
    List<Integer> rest = new ArrayList<>();
    for (int i = 0; i < chosen.length; i++) {
      if (!chosen[i]) {
        rest.add(i);
      }
    }
    return rest.get(random.nextInt(rest.size()));
  }

  private static double squaredNorm(double[] a) {
    double sum = 0;
    for (double value : a) {
      sum += value * value;
    }
    return sum;
  }

  private static double squaredDistance(double[] a, double[] b) {
    double sum = 0;
    for (int d = 0; d < a.length; d++) {
      double diff = a[d] - b[d];
      sum += diff * diff;
    }
    return sum;
  }
}
