package dev.tfal.active;

import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which pool examples are labelled. The unlabelled candidates are always listed in pool order, so a
 * strategy's indices map back to pool examples. Pool examples are vectorized on demand, a batch at
 * a time ({@link #encode}), so the pool's token ids are never all in memory at once: a pool of a
 * million reviews is scored in a fixed amount of memory beyond one score per candidate.
 */
final class PoolState {
  private final List<Example> pool;
  private final Function<List<Example>, EncodedExamples> encoder;
  private final Map<String, Integer> indexById = new HashMap<>();
  private final Map<Integer, Integer> answers = new HashMap<>();
  private final List<Integer> answerOrder = new ArrayList<>();

  /**
   * @param pool the candidates in pool order; may be a lazy list that creates examples on access
   * @param encoder vectorizes examples (the session's vectorizer)
   */
  PoolState(List<Example> pool, Function<List<Example>, EncodedExamples> encoder) {
    this.pool = pool;
    this.encoder = encoder;
    for (int i = 0; i < pool.size(); i++) {
      indexById.put(pool.get(i).id(), i);
    }
  }

  /** Records an oracle's label for a pool example; unknown ids are an error. */
  void label(LabelRecord record) {
    int index = requireInPool(record);
    if (answers.put(index, record.label()) == null) {
      answerOrder.add(index);
    }
  }

  /** The pool index of the example {@code record} labels; an unknown id is an error. */
  int requireInPool(LabelRecord record) {
    Integer index = indexById.get(record.id());
    if (index == null) {
      throw new IllegalArgumentException(
          "label for '" + record.id() + "', which is not in the " + "unlabelled pool");
    }
    return index;
  }

  boolean contains(String id) {
    return indexById.containsKey(id);
  }

  /** Pool indices of the unlabelled candidates, in pool order. */
  List<Integer> candidates() {
    List<Integer> candidates = new ArrayList<>(pool.size() - answers.size());
    for (int i = 0; i < pool.size(); i++) {
      if (!answers.containsKey(i)) {
        candidates.add(i);
      }
    }
    return candidates;
  }

  int remaining() {
    return pool.size() - answers.size();
  }

  Example example(int poolIndex) {
    return pool.get(poolIndex);
  }

  /** The pool examples at {@code poolIndices}, vectorized, in that order. */
  EncodedExamples encode(List<Integer> poolIndices) {
    List<Example> examples = new ArrayList<>(poolIndices.size());
    poolIndices.forEach(i -> examples.add(pool.get(i)));
    return encoder.apply(examples);
  }

  /** Labelled pool examples with the oracle's labels, in answer order. */
  EncodedExamples answered() {
    EncodedExamples rows = encode(answerOrder);
    float[] labels = new float[answerOrder.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = answers.get(answerOrder.get(i));
    }
    return rows.withLabels(labels);
  }

  List<String> answeredIds() {
    return answerOrder.stream().map(i -> pool.get(i).id()).toList();
  }

  int answeredPositive() {
    return (int) answers.values().stream().filter(label -> label == 1).count();
  }
}
