package dev.tfal.active;

import dev.tfal.data.EncodedExamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * One round's pseudo-labelled pool reviews (see {@link PseudoLabelling}).
 *
 * @param examples the reviews with the predicted classes as labels
 * @param accuracy share of the predicted labels that match the held ones, when those are known
 */
record PseudoLabels(EncodedExamples examples, Optional<Double> accuracy) {

  /**
   * The {@code candidates} (pool indices) whose probabilities {@code rule} finds confident, in the
   * class ratio {@code positiveShare} of the labels, vectorized with their predicted labels; their
   * accuracy against the held labels when {@code labelsKnown} (a simulated oracle).
   */
  static PseudoLabels choose(
      PseudoLabelling rule,
      PoolState pool,
      List<Integer> candidates,
      float[] probabilities,
      double positiveShare,
      boolean labelsKnown) {
    int[] confident = rule.confident(probabilities, positiveShare);
    float[] labels = PseudoLabelling.predictedLabels(probabilities, confident);
    List<Integer> chosen = Arrays.stream(confident).mapToObj(candidates::get).toList();
    Optional<Double> accuracy =
        labelsKnown && !chosen.isEmpty()
            ? Optional.of(agreement(pool, chosen, labels))
            : Optional.empty();
    return new PseudoLabels(pool.encode(chosen).withLabels(labels), accuracy);
  }

  static PseudoLabels none(int sequenceLength) {
    return new PseudoLabels(EncodedExamples.empty(sequenceLength), Optional.empty());
  }

  /** Share of {@code labels} equal to the held labels of the pool reviews {@code poolIndices}. */
  private static double agreement(PoolState pool, List<Integer> poolIndices, float[] labels) {
    int right = 0;
    for (int j = 0; j < labels.length; j++) {
      right += pool.example(poolIndices.get(j)).label() == (int) labels[j] ? 1 : 0;
    }
    return (double) right / labels.length;
  }

  int size() {
    return examples.size();
  }

  /**
   * {@code labelled} with these reviews mixed in, in an order fixed by {@code seed}: a buffer
   * shuffle smaller than the whole set would otherwise see the pseudo-labels only at the end of
   * each epoch. {@code labelled} itself when there are none.
   */
  EncodedExamples mixedInto(EncodedExamples labelled, long seed) {
    if (examples.size() == 0) {
      return labelled;
    }
    EncodedExamples all = EncodedExamples.concat(labelled, examples);
    List<Integer> order = new ArrayList<>(IntStream.range(0, all.size()).boxed().toList());
    Collections.shuffle(order, new Random(seed));
    return all.subset(order);
  }
}
