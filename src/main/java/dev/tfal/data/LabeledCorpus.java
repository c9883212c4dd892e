package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The examples read from one source and their classes. Construction checks what every classifier
 * needs: every label id is a class of {@code labels}, and at least two classes occur (for binary
 * data, one negative and one positive example).
 *
 * @param source the file or directory the examples came from
 * @param examples the examples, in reader order
 * @param labels the classes; an example's label is an id into it
 */
public record LabeledCorpus(Path source, List<Example> examples, LabelSet labels) {
  public LabeledCorpus {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(labels, "labels must not be null");
    examples = List.copyOf(examples);
    if (examples.isEmpty()) {
      throw new DataFormatException(source, "no examples");
    }
    examples.forEach(e -> labels.checkId(e.label()));
    requireTwoClasses(source, examples, labels);
  }

  private static void requireTwoClasses(Path source, List<Example> examples, LabelSet labels) {
    if (!labels.isBinary()) {
      if (examples.stream().mapToInt(Example::label).distinct().count() < 2) {
        throw new DataFormatException(
            source,
            "only \""
                + labels.name(examples.get(0).label())
                + "\" examples found; a classifier needs at least 2 classes");
      }
      return;
    }
    long positives = examples.stream().filter(Example::isPositive).count();
    if (positives == 0 || positives == examples.size()) {
      String only = Example.labelName(positives == 0 ? Example.NEGATIVE : Example.POSITIVE);
      throw new DataFormatException(
          source, "only " + only + " examples found; a binary classifier needs both");
    }
  }

  /** Binary examples, negative = 0 and positive = 1. */
  public LabeledCorpus(Path source, List<Example> examples) {
    this(source, examples, LabelSet.BINARY);
  }

  /** How many examples carry {@code label}. */
  public long count(int label) {
    return examples.stream().filter(e -> e.label() == label).count();
  }

  /** The number of examples. */
  public int size() {
    return examples.size();
  }
}
