package dev.tfal.active;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Self-training, as in cost-effective active learning (CEAL): before each round after the first,
 * the session's best model so far scores the unlabelled pool, and the reviews it predicts with at
 * least {@code confidence} join that round's training with the predicted class as their label, in
 * the labelled set's class ratio. They are not oracle labels: they are not journaled, not counted
 * as labels, and are chosen afresh every round, so a review the model was wrong about can lose its
 * pseudo-label later.
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
   * order, kept in the class ratio of the labelled set: a model that is surer of one class would
   * otherwise tilt the training set towards it. Of the predictions with P(positive) >= confidence
   * or P(positive) <= 1 - confidence, the most confident of each predicted class are kept, as many
   * as {@code positiveShare} allows given how many the other class has.
   *
   * @param positiveShare share of positives among the labels, in [0, 1]
   */
  public int[] confident(float[] probabilities, double positiveShare) {
    if (!(positiveShare >= 0 && positiveShare <= 1)) {
      throw new IllegalArgumentException("positive share must be in [0, 1], got " + positiveShare);
    }
    List<Integer> positive = mostConfidentFirst(probabilities, true);
    List<Integer> negative = mostConfidentFirst(probabilities, false);
    double total =
        Math.min(
            positiveShare == 0 ? Double.POSITIVE_INFINITY : positive.size() / positiveShare,
            positiveShare == 1 ? Double.POSITIVE_INFINITY : negative.size() / (1 - positiveShare));
    int keepPositive = (int) Math.min(positive.size(), Math.round(total * positiveShare));
    int keepNegative = (int) Math.min(negative.size(), Math.round(total * (1 - positiveShare)));
    return IntStream.concat(
            positive.subList(0, keepPositive).stream().mapToInt(Integer::intValue),
            negative.subList(0, keepNegative).stream().mapToInt(Integer::intValue))
        .sorted()
        .toArray();
  }

  /** Positions of the confident predictions of one class, the most confident first. */
  private List<Integer> mostConfidentFirst(float[] probabilities, boolean positive) {
    Comparator<Integer> sureness =
        Comparator.comparingDouble(i -> Math.abs(probabilities[i] - 0.5f));
    return IntStream.range(0, probabilities.length)
        .filter(i -> isConfident(probabilities[i]) && (probabilities[i] > 0.5f) == positive)
        .boxed()
        .sorted(sureness.reversed())
        .toList();
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
