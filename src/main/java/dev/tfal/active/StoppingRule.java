package dev.tfal.active;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Several criteria combined: the run stops as soon as any of them says so, and the first in list
 * order that does gives the reason. An empty rule never stops. Its criteria may keep state (see
 * {@link StoppingCriterion}): one rule per session.
 *
 * @param criteria the criteria, in the order their reasons take precedence
 */
public record StoppingRule(List<StoppingCriterion> criteria) implements StoppingCriterion {
  public StoppingRule {
    criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria must not be null"));
  }

  public static StoppingRule of(StoppingCriterion... criteria) {
    return new StoppingRule(Arrays.asList(criteria));
  }

  /**
   * Asks every criterion, so that each sees every round (a criterion with a window must), and
   * returns the first reason in list order.
   */
  @Override
  public Optional<String> reason(RoundStatus status) {
    return criteria.stream().map(criterion -> criterion.reason(status)).toList().stream()
        .flatMap(Optional::stream)
        .findFirst();
  }

  @Override
  public void resumeAfter(int[] predictions) {
    criteria.forEach(criterion -> criterion.resumeAfter(predictions));
  }
}
