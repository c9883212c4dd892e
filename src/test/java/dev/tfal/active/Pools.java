package dev.tfal.active;

import java.util.List;
import java.util.stream.IntStream;

/** Hand-made pool views for the strategy and scorer tests. */
final class Pools {
  private Pools() {}

  /** Ids {@code "r0", "r1", ...} for {@code size} candidates. */
  static List<String> ids(int size) {
    return IntStream.range(0, size).mapToObj(i -> "r" + i).toList();
  }

  /** A view over the given probabilities, with ids {@code r0, r1, ...} and nothing else. */
  static PoolView of(float... probabilities) {
    return PoolView.of(ids(probabilities.length), probabilities);
  }

  /** A view whose every candidate has probability {@code p}. */
  static PoolView uniform(int size, float p) {
    float[] probabilities = new float[size];
    java.util.Arrays.fill(probabilities, p);
    return of(probabilities);
  }
}
