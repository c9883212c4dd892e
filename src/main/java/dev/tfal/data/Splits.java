package dev.tfal.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A partition of the examples for active learning: fixed validation and test sets, the initial
 * labelled training set, and the unlabelled pool queries draw from.
 *
 * @param validation examples for model selection and early stopping
 * @param test held-out examples for the final evaluation
 * @param initial labelled training examples of the first round
 * @param pool the remaining examples, unlabelled from the learner's point of view
 */
public record Splits(
    List<Example> validation, List<Example> test, List<Example> initial, List<Example> pool) {
  public Splits {
    validation = List.copyOf(validation);
    test = List.copyOf(test);
    initial = List.copyOf(initial);
    pool = List.copyOf(pool);
  }

  /** The examples of the named split. */
  public List<Example> get(SplitName name) {
    return switch (name) {
      case VALIDATION -> validation;
      case TEST -> test;
      case INITIAL -> initial;
      case POOL -> pool;
    };
  }

  /** Training on everything but validation and test: {@code initial} followed by {@code pool}. */
  public List<Example> fullTraining() {
    List<Example> all = new ArrayList<>(initial.size() + pool.size());
    all.addAll(initial);
    all.addAll(pool);
    return List.copyOf(all);
  }
}
