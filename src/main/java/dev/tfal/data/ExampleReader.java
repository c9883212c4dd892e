package dev.tfal.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads the labelled examples stored at a path. */
@FunctionalInterface
public interface ExampleReader {
  /**
   * Reads every example at {@code path}.
   *
   * @throws dev.tfal.error.DataFormatException if the content is not usable, naming the file and,
   *     where there is one, the line
   * @throws IOException if the path cannot be read
   */
  List<Example> read(Path path) throws IOException;

  /**
   * Reads every example at {@code path} with the label set they use; by default the binary one
   * (negative = 0, positive = 1).
   */
  default LabeledCorpus readCorpus(Path path) throws IOException {
    return new LabeledCorpus(path, read(path));
  }
}
