package dev.tfal.metrics;

import dev.tfal.data.LabelSet;

/**
 * Accumulates the logits of a classifier with any number of classes and their label ids (as floats,
 * as batches carry them); {@link #result()} gives exact metrics over everything seen. Two classes:
 * one logit per example, scored by {@link BinaryMetrics} (the figures tfal always gave) and by
 * {@link MulticlassMetrics#updateLogits} for macro-F1 and the confusion matrix. K > 2 classes: K
 * logits per example, row-major, turned into probabilities by a stable softmax in double precision
 * and scored by {@link MulticlassMetrics#update}.
 */
public final class ClassifierMetrics {
  private final LabelSet labels;
  private final BinaryMetrics binary;
  private final MulticlassMetrics multiclass;

  public ClassifierMetrics(LabelSet labels) {
    this.labels = labels;
    this.binary = labels.size() == 2 ? new BinaryMetrics() : null;
    this.multiclass = new MulticlassMetrics(labels);
  }

  /** An accumulator for {@code k} classes named {@code 0} to {@code k-1}, for progress metrics. */
  public static ClassifierMetrics unnamed(int k) {
    String[] names = new String[k];
    for (int i = 0; i < k; i++) {
      names[i] = Integer.toString(i);
    }
    return new ClassifierMetrics(LabelSet.of(names));
  }

  /** Adds one batch: {@code logits} hold 1 (two classes) or K values per entry of {@code ids}. */
  public void update(float[] logits, float[] ids) {
    int[] labelIds = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      labelIds[i] = Math.round(ids[i]);
    }
    if (binary != null) {
      binary.update(logits, ids);
      multiclass.updateLogits(logits, labelIds);
      return;
    }
    multiclass.update(softmax(logits, labels.size(), ids.length), labelIds);
  }

  /** Row-wise softmax of {@code rows x k} logits, computed in double precision. */
  static float[][] softmax(float[] logits, int k, int rows) {
    if (logits.length != rows * k) {
      throw new IllegalArgumentException(
          "expected " + rows + " x " + k + " logits, got " + logits.length);
    }
    float[][] probabilities = new float[rows][k];
    for (int r = 0; r < rows; r++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        max = Math.max(max, logits[r * k + c]);
      }
      double sum = 0;
      double[] exp = new double[k];
      for (int c = 0; c < k; c++) {
        exp[c] = Math.exp(logits[r * k + c] - max);
        sum += exp[c];
      }
      for (int c = 0; c < k; c++) {
        probabilities[r][c] = (float) (exp[c] / sum);
      }
    }
    return probabilities;
  }

  public ClassifierScores result() {
    return new ClassifierScores(
        binary == null ? java.util.Optional.empty() : java.util.Optional.of(binary.result()),
        multiclass.result());
  }
}
