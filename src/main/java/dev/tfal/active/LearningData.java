package dev.tfal.active;

import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import java.util.List;
import java.util.function.Function;

/**
 * The data of a session: the initially labelled examples, the unlabelled pool, how examples are
 * vectorized, and the fixed validation and test splits.
 *
 * @param initial labelled from the start
 * @param pool candidates for labelling, in pool order
 * @param encoder turns examples into token ids (the vectorizer adapted on the initial set)
 * @param validation validation split, vectorized
 * @param test test split, vectorized
 */
public record LearningData(
    List<Example> initial,
    List<Example> pool,
    Function<List<Example>, EncodedExamples> encoder,
    EncodedExamples validation,
    EncodedExamples test) {

  public LearningData {
    initial = List.copyOf(initial);
    pool = List.copyOf(pool);
  }
}
