package dev.tfal.data;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Paths of the hand-written fixtures under src/test/resources/data and example factories. */
final class Fixtures {
  private Fixtures() {}

  /** The aclImdb-layout directory: 3+2 positive and 3+2 negative reviews plus ignored files. */
  static Path aclImdbDir() {
    try {
      return Path.of(Fixtures.class.getResource("/data/aclImdb").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code negatives} negative then {@code positives} positive examples with ids n0.., p0... */
  static List<Example> examples(int negatives, int positives) {
    List<Example> all = new ArrayList<>();
    for (int i = 0; i < negatives; i++) {
      all.add(new Example("n" + i, "bad " + i, Example.NEGATIVE));
    }
    for (int i = 0; i < positives; i++) {
      all.add(new Example("p" + i, "good " + i, Example.POSITIVE));
    }
    return all;
  }
}
