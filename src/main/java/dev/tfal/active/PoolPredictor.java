package dev.tfal.active;

import dev.tfal.data.CloseableIterator;
import dev.tfal.data.Dataset;
import dev.tfal.data.EncodedExamples;
import dev.tfal.graph.LogitModel;
import dev.tfal.graph.TokenBatch;
import dev.tfal.graph.TrainableModel;
import dev.tfal.train.Evaluator;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Predicts P(positive) for pool candidates in batches, with dropout off or as MC samples, streaming
 * the pool: each batch is vectorized just before it is scored, so memory grows with the number of
 * candidates only by one float per candidate.
 */
final class PoolPredictor {
  private final TrainableModel model;
  private final int batchSize;
  private final PrintStream log;

  PoolPredictor(TrainableModel model, int batchSize, PrintStream log) {
    this.model = model;
    this.batchSize = batchSize;
    this.log = log;
  }

  /**
   * Probabilities with dropout off for {@code candidates} (pool indices), vectorized and scored a
   * batch at a time; only the probabilities are kept.
   */
  float[] probabilities(PoolState pool, List<Integer> candidates) {
    long start = System.nanoTime();
    float[] probabilities = score(model, pool, candidates);
    report("Scored", candidates.size(), 1, start);
    return probabilities;
  }

  /**
   * The model's hidden representation of {@code candidates} with dropout off, {@code
   * [candidates][denseUnits]}, vectorized and run a batch at a time.
   */
  float[][] features(PoolState pool, List<Integer> candidates) {
    long start = System.nanoTime();
    int width = model.spec().denseUnits();
    float[][] rows = new float[candidates.size()][];
    int offset = 0;
    try (CloseableIterator<EncodedExamples> batches = vectorized(pool, candidates)) {
      while (batches.hasNext()) {
        EncodedExamples batch = batches.next();
        TokenBatch all = batch.gather(IntStream.range(0, batch.size()).boxed().toList());
        float[] hidden = model.hidden(all.tokenIds(), all.size());
        for (int row = 0; row < all.size(); row++) {
          rows[offset++] = Arrays.copyOfRange(hidden, row * width, (row + 1) * width);
        }
      }
    }
    report("Embedded", candidates.size(), 1, start);
    return rows;
  }

  /** {@code passes} Monte-Carlo dropout samples of the probabilities, [passes][candidates]. */
  float[][] monteCarlo(PoolState pool, List<Integer> candidates, int passes) {
    long start = System.nanoTime();
    float[][] samples = new float[passes][];
    for (int pass = 0; pass < passes; pass++) {
      samples[pass] = score(withDropout(), pool, candidates);
    }
    report("Sampled", candidates.size(), passes, start);
    return samples;
  }

  /** Sigmoid of {@code scorer}'s logits for {@code candidates}, in their order. */
  private float[] score(LogitModel scorer, PoolState pool, List<Integer> candidates) {
    float[] probabilities = new float[candidates.size()];
    int offset = 0;
    try (CloseableIterator<EncodedExamples> batches = vectorized(pool, candidates)) {
      while (batches.hasNext()) {
        float[] logits = Evaluator.logits(scorer, batches.next(), batchSize);
        for (float logit : logits) {
          probabilities[offset++] = (float) (1 / (1 + Math.exp(-logit)));
        }
      }
    }
    return probabilities;
  }

  /**
   * {@code candidates} in batches, each vectorized one batch ahead on a background thread while the
   * caller runs the model on the current one.
   */
  private CloseableIterator<EncodedExamples> vectorized(PoolState pool, List<Integer> candidates) {
    return Dataset.fromList(candidates).batch(batchSize).map(pool::encode).prefetch(2).iterator();
  }

  private LogitModel withDropout() {
    return new LogitModel() {
      @Override
      public int sequenceLength() {
        return model.sequenceLength();
      }

      @Override
      public float[] logits(int[] tokenIds, int rows) {
        return model.logitsWithDropout(tokenIds, rows);
      }
    };
  }

  private void report(String what, int count, int passes, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    log.printf(
        "%s %,d pool reviews%s in %.1f s (%,.0f reviews/s)%n",
        what,
        count,
        passes > 1 ? " x " + passes + " dropout passes" : "",
        seconds,
        count * (double) passes / Math.max(seconds, 1e-9));
  }
}
