package dev.tfal.active;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The candidates one round queries, as indices into the pool view: those the strategy chose and a
 * uniform audit slice that measures the model without the strategy's bias.
 *
 * @param queried indices the query strategy chose
 * @param audit indices drawn uniformly at random, disjoint from {@code queried}
 */
public record Selection(List<Integer> queried, List<Integer> audit) {
  public Selection {
    queried = List.copyOf(Objects.requireNonNull(queried, "queried must not be null"));
    audit = List.copyOf(Objects.requireNonNull(audit, "audit must not be null"));
    Set<Integer> seen = new HashSet<>();
    for (int index : all(queried, audit)) {
      if (!seen.add(index)) {
        throw new IllegalArgumentException("index " + index + " is selected twice");
      }
    }
  }

  /** A selection without an audit slice. */
  public static Selection of(List<Integer> queried) {
    return new Selection(queried, List.of());
  }

  /** The queried indices, then the audit indices. */
  public List<Integer> all() {
    return all(queried, audit);
  }

  /** Number of indices in both parts. */
  public int size() {
    return queried.size() + audit.size();
  }

  private static List<Integer> all(List<Integer> queried, List<Integer> audit) {
    List<Integer> all = new ArrayList<>(queried.size() + audit.size());
    all.addAll(queried);
    all.addAll(audit);
    return List.copyOf(all);
  }
}
