package dev.tfal.job;

import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import dev.tfal.text.TextVectorizer;
import java.util.List;

/** Turns examples into token ids and float labels once, for every later epoch to reuse. */
public final class Encoding {
  private Encoding() {}

  public static EncodedExamples encode(TextVectorizer vectorizer, List<Example> examples) {
    int length = vectorizer.sequenceLength();
    int[] ids = new int[examples.size() * length];
    float[] labels = new float[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      Example example = examples.get(i);
      vectorizer.vectorizeInto(example.text(), ids, i * length);
      labels[i] = example.label();
    }
    return new EncodedExamples(ids, labels, length);
  }
}
