package dev.tfal.text;

import dev.tfal.error.DataFormatException;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.Utf8Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes a vocabulary in Keras' {@code vocabulary.txt} format: UTF-8, one token per line
 * in id order, tokens joined by "\n" without a trailing newline. Line 1 is the empty padding token
 * (so the file starts with "\n"), line 2 is "[UNK]". Loading accepts one trailing newline.
 */
public final class VocabularyFile {
  private VocabularyFile() {}

  /** Writes {@code vocabulary} to {@code file} atomically. */
  public static void save(Vocabulary vocabulary, Path file) throws IOException {
    AtomicFiles.writeString(file, String.join("\n", vocabulary.tokens()));
  }

  /**
   * Reads a vocabulary written by {@link #save} or by Keras.
   *
   * @throws NoSuchFileException if {@code file} does not exist
   * @throws DataFormatException naming the line if the file is not UTF-8, line 1 is not empty, line
   *     2 is not "[UNK]", a token repeats or a token contains whitespace (e.g. "\r")
   */
  public static Vocabulary load(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "vocabulary file not found");
    }
    List<String> lines = lines(Utf8Text.decode(Files.readAllBytes(file), file));
    TokenRules.firstProblem(lines, i -> "line " + (i + 1))
        .ifPresent(
            problem -> {
              throw new DataFormatException(file, problem.index() + 1L, problem.message());
            });
    return Vocabulary.of(lines);
  }

  private static List<String> lines(String content) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int end = content.indexOf('\n'); end >= 0; end = content.indexOf('\n', start)) {
      lines.add(content.substring(start, end));
      start = end + 1;
    }
    if (start < content.length() || lines.isEmpty()) {
      lines.add(content.substring(start));
    }
    return lines;
  }
}
