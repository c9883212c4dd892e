package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The examples read from one source. Construction checks what every binary classifier needs: at
 * least one negative and one positive example.
 *
 * @param source the file or directory the examples came from
 * @param examples the examples, in reader order
 */
public record LabeledCorpus(Path source, List<Example> examples) {
  public LabeledCorpus {
    Objects.requireNonNull(source, "source must not be null");
    examples = List.copyOf(examples);
    long positives = examples.stream().filter(Example::isPositive).count();
    if (examples.isEmpty()) {
      throw new DataFormatException(source, "no examples");
    }
    if (positives == 0 || positives == examples.size()) {
      String only = Example.labelName(positives == 0 ? Example.NEGATIVE : Example.POSITIVE);
      throw new DataFormatException(
          source, "only " + only + " examples found; a binary classifier needs both");
    }
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
