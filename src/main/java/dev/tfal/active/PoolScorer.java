package dev.tfal.active;

import dev.tfal.graph.LogitModel;
import dev.tfal.graph.ModelSession;
import dev.tfal.train.EncodedExamples;
import dev.tfal.train.Evaluator;
import java.io.PrintStream;
import java.util.List;

/** Predicts P(positive) for pool candidates in batches, with dropout off or as MC samples. */
final class PoolScorer {
  private final ModelSession model;
  private final int batchSize;
  private final PrintStream log;

  PoolScorer(ModelSession model, int batchSize, PrintStream log) {
    this.model = model;
    this.batchSize = batchSize;
    this.log = log;
  }

  /** Probabilities with dropout off for {@code candidates} (indices into {@code encoded}). */
  float[] probabilities(EncodedExamples encoded, List<Integer> candidates) {
    long start = System.nanoTime();
    float[] logits = Evaluator.logits(model, encoded.subset(candidates), batchSize);
    report("Scored", candidates.size(), 1, start);
    return sigmoid(logits);
  }

  /** {@code passes} Monte-Carlo dropout samples of the probabilities, [passes][candidates]. */
  float[][] monteCarlo(EncodedExamples encoded, List<Integer> candidates, int passes) {
    long start = System.nanoTime();
    EncodedExamples subset = encoded.subset(candidates);
    float[][] samples = new float[passes][];
    for (int pass = 0; pass < passes; pass++) {
      samples[pass] = sigmoid(Evaluator.logits(withDropout(), subset, batchSize));
    }
    report("Sampled", candidates.size(), passes, start);
    return samples;
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

  private static float[] sigmoid(float[] logits) {
    float[] probabilities = new float[logits.length];
    for (int i = 0; i < logits.length; i++) {
      probabilities[i] = (float) (1 / (1 + Math.exp(-logits[i])));
    }
    return probabilities;
  }
}
