package dev.tfal.metrics;

/**
 * Accumulates logits and 0/1 labels batch by batch; {@link #result()} gives the exact metrics over
 * everything seen so far. The loss is binary cross-entropy from logits in double precision.
 */
public final class BinaryMetrics {
  private double lossSum;
  private long correct;
  private long falseNegatives;
  private long falsePositives;
  private long examples;

  /** Adds one batch; {@code logits} and {@code labels} are parallel arrays. */
  public void update(float[] logits, float[] labels) {
    if (logits.length != labels.length) {
      throw new IllegalArgumentException(
          "logits and labels differ in length: " + logits.length + " vs " + labels.length);
    }
    for (int i = 0; i < logits.length; i++) {
      add(logits[i], labels[i]);
    }
  }

  private void add(double logit, float label) {
    boolean positive = label > 0.5f;
    boolean predictedPositive = logit > 0;
    lossSum += crossEntropy(logit, positive ? 1 : 0);
    if (positive == predictedPositive) {
      correct++;
    } else if (positive) {
      falseNegatives++;
    } else {
      falsePositives++;
    }
    examples++;
  }

  /** Binary cross-entropy of one logit, stable for large magnitudes. */
  public static double crossEntropy(double logit, double label) {
    return Math.max(logit, 0) - logit * label + Math.log1p(Math.exp(-Math.abs(logit)));
  }

  /** Mean loss so far (NaN before any example). */
  public double meanLoss() {
    return lossSum / examples;
  }

  public long examples() {
    return examples;
  }

  public BinaryScores result() {
    double accuracy = examples == 0 ? Double.NaN : (double) correct / examples;
    return new BinaryScores(meanLoss(), accuracy, falseNegatives, falsePositives, examples);
  }
}
