package dev.tfal.active;

import java.util.Optional;

/**
 * Stops once {@code maxLabels} examples are labelled, the seed set included.
 *
 * @param maxLabels the labelling budget
 */
public record LabelBudget(int maxLabels) implements StoppingCriterion {
  public LabelBudget {
    if (maxLabels < 0) {
      throw new IllegalArgumentException("maxLabels must be >= 0, got " + maxLabels);
    }
  }

  @Override
  public Optional<String> reason(RoundStatus status) {
    return status.labelled() >= maxLabels
        ? Optional.of("label budget " + maxLabels + " reached")
        : Optional.empty();
  }

  /** Labels still affordable once {@code labelled} are spent, so a round can stay in budget. */
  public int remaining(int labelled) {
    return Math.max(0, maxLabels - labelled);
  }
}
