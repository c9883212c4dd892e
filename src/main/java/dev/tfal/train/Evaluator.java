package dev.tfal.train;

import dev.tfal.data.CloseableIterator;
import dev.tfal.data.EncodedExamples;
import dev.tfal.data.LabelSet;
import dev.tfal.graph.LogitModel;
import dev.tfal.graph.TokenBatch;
import dev.tfal.metrics.BinaryMetrics;
import dev.tfal.metrics.BinaryScores;
import dev.tfal.metrics.ClassifierMetrics;
import dev.tfal.metrics.ClassifierScores;

/** Runs a model over examples in batches with dropout off. */
public final class Evaluator {
  private Evaluator() {}

  /** Exact metrics of {@code model} over all {@code examples}. */
  public static BinaryScores evaluate(LogitModel model, EncodedExamples examples, int batchSize) {
    BinaryMetrics metrics = new BinaryMetrics();
    try (CloseableIterator<TokenBatch> batches = examples.batches(batchSize).iterator()) {
      while (batches.hasNext()) {
        TokenBatch batch = batches.next();
        metrics.update(model.logits(batch.tokenIds(), batch.size()), batch.labels());
      }
    }
    return metrics.result();
  }

  /**
   * Exact metrics of {@code model} over all {@code examples} for any number of classes: the binary
   * figures as {@link #evaluate} gives them for two, accuracy, macro-F1, per-class scores and the
   * confusion matrix for every K.
   */
  public static ClassifierScores classify(
      LogitModel model, EncodedExamples examples, int batchSize, LabelSet labels) {
    ClassifierMetrics metrics = new ClassifierMetrics(labels);
    try (CloseableIterator<TokenBatch> batches = examples.batches(batchSize).iterator()) {
      while (batches.hasNext()) {
        TokenBatch batch = batches.next();
        metrics.update(model.logits(batch.tokenIds(), batch.size()), batch.labels());
      }
    }
    return metrics.result();
  }

  /** Exact metrics of already computed {@code logits} against the labels of {@code examples}. */
  public static BinaryScores scores(float[] logits, EncodedExamples examples) {
    float[] labels = new float[examples.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = examples.label(i);
    }
    BinaryMetrics metrics = new BinaryMetrics();
    metrics.update(logits, labels);
    return metrics.result();
  }

  /** The logit of every example, in order. */
  public static float[] logits(LogitModel model, EncodedExamples examples, int batchSize) {
    float[] all = new float[examples.size()];
    int offset = 0;
    try (CloseableIterator<TokenBatch> batches = examples.batches(batchSize).iterator()) {
      while (batches.hasNext()) {
        TokenBatch batch = batches.next();
        float[] logits = model.logits(batch.tokenIds(), batch.size());
        System.arraycopy(logits, 0, all, offset, logits.length);
        offset += logits.length;
      }
    }
    return all;
  }
}
