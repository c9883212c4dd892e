package dev.tfal.metrics;

import dev.tfal.data.LabelSet;
import java.util.Objects;

/**
 * Accumulates predictions and integer label ids of a K-class classifier batch by batch; {@link
 * #result()} gives the exact metrics over everything seen so far. Two ways in:
 *
 * <ul>
 *   <li>{@link #update(float[][], int[])}: class probabilities {@code [batch][K]}. The loss is
 *       Keras' categorical cross-entropy from probabilities: each row is divided by its sum, the
 *       true class's probability is clipped to [1e-7, 1 - 1e-7] ({@link #EPSILON}), and the loss is
 *       {@code -ln} of it, in double precision. The predicted class is the arg max, a tie going to
 *       the lowest id (as numpy's argmax).
 *   <li>{@link #updateLogits(float[], int[])}, for K = 2 only: the logit of class 1 per example, as
 *       {@link BinaryMetrics} takes it. The loss is {@link BinaryMetrics#crossEntropy} (stable, no
 *       clipping; equal to the log-softmax loss of the logits [0, z]) and class 1 is predicted when
 *       the logit is > 0, so accuracy, loss and the off-diagonal counts equal BinaryMetrics'
 *       figures on the same data.
 * </ul>
 *
 * A batch is checked whole before anything is counted: a bad batch leaves the accumulator as it
 * was.
 */
public final class MulticlassMetrics {
  /** The clipping bound of probabilities in the loss, Keras' {@code backend.epsilon()}. */
  public static final double EPSILON = 1e-7;

  private final LabelSet labels;
  private final long[][] counts;
  private double lossSum;
  private long examples;

  public MulticlassMetrics(LabelSet labels) {
    this.labels = Objects.requireNonNull(labels, "labels must not be null");
    this.counts = new long[labels.size()][labels.size()];
  }

  /** Adds one batch of class probabilities, one row of K per example, and their true label ids. */
  public void update(float[][] probabilities, int[] labelIds) {
    checkLengths("probabilities", probabilities.length, labelIds);
    for (int i = 0; i < probabilities.length; i++) {
      checkRow(probabilities, i);
    }
    for (int i = 0; i < probabilities.length; i++) {
      add(argMax(probabilities[i]), labelIds[i], crossEntropy(probabilities[i], labelIds[i]));
    }
  }

  /** Adds one batch of class-1 logits and their true label ids (0 or 1); needs K = 2. */
  public void updateLogits(float[] logits, int[] labelIds) {
    if (labels.size() != 2) {
      throw new IllegalStateException(
          "logits need exactly 2 labels, this accumulator has "
              + labels.size()
              + " "
              + labels.names()
              + "; pass probabilities instead");
    }
    checkLengths("logits", logits.length, labelIds);
    for (int i = 0; i < logits.length; i++) {
      int predicted = logits[i] > 0 ? 1 : 0;
      add(predicted, labelIds[i], BinaryMetrics.crossEntropy(logits[i], labelIds[i]));
    }
  }

  /**
   * Categorical cross-entropy of one example from its class probabilities, as Keras computes it:
   * the row normalised to sum 1, the true class's share clipped to [{@link #EPSILON}, 1 - {@link
   * #EPSILON}], then {@code -ln}.
   */
  public static double crossEntropy(float[] probabilities, int labelId) {
    double sum = 0;
    for (float p : probabilities) {
      sum += p;
    }
    double p = probabilities[labelId] / sum;
    return -Math.log(Math.min(Math.max(p, EPSILON), 1 - EPSILON));
  }

  private void add(int predicted, int labelId, double loss) {
    counts[labelId][predicted]++;
    lossSum += loss;
    examples++;
  }

  private void checkLengths(String what, int length, int[] labelIds) {
    if (length != labelIds.length) {
      throw new IllegalArgumentException(
          what + " and labels differ in length: " + length + " vs " + labelIds.length);
    }
    for (int i = 0; i < labelIds.length; i++) {
      if (labelIds[i] < 0 || labelIds[i] >= labels.size()) {
        throw new IllegalArgumentException(
            "label id must be in [0, "
                + labels.size()
                + "), got "
                + labelIds[i]
                + " at index "
                + i);
      }
    }
  }

  private void checkRow(float[][] probabilities, int i) {
    float[] row = probabilities[i];
    if (row.length != labels.size()) {
      throw new IllegalArgumentException(
          "probabilities[" + i + "] has " + row.length + " values, expected " + labels.size());
    }
    boolean anyPositive = false;
    for (int c = 0; c < row.length; c++) {
      if (!(row[c] >= 0) || Float.isInfinite(row[c])) {
        throw new IllegalArgumentException(
            "probabilities[" + i + "][" + c + "] must be finite and >= 0, got " + row[c]);
      }
      anyPositive |= row[c] > 0;
    }
    if (!anyPositive) {
      throw new IllegalArgumentException("probabilities[" + i + "] are all 0");
    }
  }

  private static int argMax(float[] row) {
    int best = 0;
    for (int c = 1; c < row.length; c++) {
      if (row[c] > row[best]) {
        best = c;
      }
    }
    return best;
  }

  public LabelSet labels() {
    return labels;
  }

  public long examples() {
    return examples;
  }

  /** Mean loss so far (NaN before any example). */
  public double meanLoss() {
    return lossSum / examples;
  }

  public MulticlassScores result() {
    return MulticlassScores.of(new ConfusionMatrix(labels, counts), meanLoss());
  }
}
