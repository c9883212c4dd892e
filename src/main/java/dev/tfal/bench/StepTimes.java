package dev.tfal.bench;

import java.util.Arrays;

/** Wall times of repeated runs of one thing, in milliseconds. */
public record StepTimes(double[] millis) {
  public StepTimes {
    if (millis.length == 0) {
      throw new IllegalArgumentException("no timings");
    }
    millis = millis.clone();
  }

  /** Times {@code runs} calls of {@code body}. */
  static StepTimes measure(int runs, Runnable body) {
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      body.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return new StepTimes(millis);
  }

  public double median() {
    return percentile(50);
  }

  public double min() {
    return Arrays.stream(millis).min().orElseThrow();
  }

  public double total() {
    return Arrays.stream(millis).sum();
  }

  /** Nearest-rank percentile, {@code p} in (0, 100]. */
  public double percentile(double p) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
