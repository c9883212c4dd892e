package dev.tfal.active;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/** Seeded orderings of pool indices: uniform samples and score rankings with random tie-breaks. */
final class Ranking {
  private Ranking() {}

  /** Throws unless {@code n >= 0}. */
  static void checkCount(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
  }

  /** {@code min(n, size)} distinct indices in {@code [0, size)}, uniformly without replacement. */
  static List<Integer> sample(int size, int n, RandomGenerator random) {
    checkCount(n);
    int count = Math.min(n, size);
    int[] indices = identity(size);
    List<Integer> sample = new ArrayList<>(count);
    for (int i = 0; i < count; i++) { // partial Fisher-Yates
      swap(indices, i, i + random.nextInt(size - i));
      sample.add(indices[i]);
    }
    return List.copyOf(sample);
  }

  /**
   * All indices of {@code scores}, highest score first; equal scores come in the order of a random
   * permutation drawn from {@code random}, so ties never favour pool order.
   */
  static List<Integer> descending(double[] scores, RandomGenerator random) {
    int[] permutation = identity(scores.length);
    for (int i = scores.length - 1; i > 0; i--) {
      swap(permutation, i, random.nextInt(i + 1));
    }
    Integer[] order = Arrays.stream(permutation).boxed().toArray(Integer[]::new);
    // Arrays.sort on objects is stable: ties keep their permuted order.
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    return Arrays.asList(order);
  }

  /** The {@code min(n, scores.length)} highest-scoring indices, ties broken at random. */
  static List<Integer> top(double[] scores, int n, RandomGenerator random) {
    checkCount(n);
    List<Integer> ranked = descending(scores, random);
    return List.copyOf(ranked.subList(0, Math.min(n, ranked.size())));
  }

  private static int[] identity(int size) {
    int[] indices = new int[size];
    Arrays.setAll(indices, i -> i);
    return indices;
  }

  private static void swap(int[] values, int i, int j) {
    int value = values[i];
    values[i] = values[j];
    values[j] = value;
  }
}
