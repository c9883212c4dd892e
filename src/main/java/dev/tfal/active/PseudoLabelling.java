package dev.tfal.active;

import java.util.stream.IntStream;

/**
 * Self-training, as in cost-effective active learning (CEAL): before each round after the first,
 * the session's best model so far scores the unlabelled pool, and the reviews it predicts with at
 * least {@code confidence} join that round's training with the predicted class as their label. They
 * are not oracle labels: they are not journaled, not counted as labels, and are chosen afresh every
 * round, so a review the model was wrong about can lose its pseudo-label later.
 *
 * @param confidence least probability of the predicted class, in (0.5, 1)
 */
public record PseudoLabelling(double confidence) {

  public PseudoLabelling {
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new IllegalArgumentException(
          "pseudo-label confidence must be in (0.5, 1), got " + confidence);
    }
  }

  /**
   * Positions of the confident predictions among {@code probabilities} (P(positive) each), in
   * order: those with P(positive) >= confidence or P(positive) <= 1 - confidence.
   */
  public int[] confident(float[] probabilities) {
    return IntStream.range(0, probabilities.length)
        .filter(i -> isConfident(probabilities[i]))
        .toArray();
  }

  /**
   * The predicted labels (1 positive, 0 negative) of {@code probabilities} at {@code positions}.
   */
  public static float[] predictedLabels(float[] probabilities, int[] positions) {
    float[] labels = new float[positions.length];
    for (int j = 0; j < positions.length; j++) {
      labels[j] = probabilities[positions[j]] > 0.5f ? 1f : 0f;
    }
    return labels;
  }

  /** Compared at the probabilities' own float precision, so that 0.95 includes 0.95f. */
  private boolean isConfident(float probability) {
    return probability >= (float) confidence || probability <= (float) (1 - confidence);
  }
}
