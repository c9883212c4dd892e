package dev.tfal.job;

import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import dev.tfal.data.LabeledCorpus;
import dev.tfal.data.Splits;
import dev.tfal.text.TextVectorizer;
import java.util.List;

/**
 * A read corpus, its splits and the vectorizer adapted on the initial split.
 *
 * @param corpus every labelled example read
 * @param splits validation, test, initial and pool
 * @param vectorizer adapted on the initial training split, as the reference does
 */
public record PreparedData(LabeledCorpus corpus, Splits splits, TextVectorizer vectorizer) {

  /** Vectorizes {@code examples} in order. */
  public EncodedExamples encode(List<Example> examples) {
    return Encoding.encode(vectorizer, examples);
  }
}
