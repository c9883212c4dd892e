package dev.tfal.text;

import dev.tfal.error.DataFormatException;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.io.Utf8Text;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes a vocabulary in Keras' {@code vocabulary.txt} format: UTF-8, one token per line
 * in id order, tokens joined by "\n" without a trailing newline. Line 1 is the empty padding token
 * (so the file starts with "\n"), line 2 is "[UNK]". Loading accepts one trailing newline.
 *
 * <p>A run directory's vocabulary gets a checksum file {@code vocabulary.txt.sha256} beside it
 * ({@link ChecksummedFiles}); the file itself stays in Keras' format. Loading checks it when the
 * checksum file is there.
 */
public final class VocabularyFile {
  private VocabularyFile() {}

  /** Writes {@code vocabulary} to {@code file} atomically, with its checksum file. */
  public static void save(Vocabulary vocabulary, Path file) throws IOException {
    ChecksummedFiles.writeString(file, format(vocabulary));
  }

  /**
   * Writes {@code vocabulary} to {@code file} atomically without a checksum file: for a
   * SavedModel's assets, which the model's manifest covers.
   */
  public static void saveAsset(Vocabulary vocabulary, Path file) throws IOException {
    AtomicFiles.writeString(file, format(vocabulary));
  }

  private static String format(Vocabulary vocabulary) {
    return String.join("\n", vocabulary.tokens());
  }

  /**
   * Reads a vocabulary written by {@link #save} or by Keras.
   *
   * @throws NoSuchFileException if {@code file} does not exist
   * @throws dev.tfal.error.CorruptFileException if it does not match its checksum file, or was
   *     deleted though its checksum file remains
   * @throws DataFormatException naming the line if the file is not UTF-8, line 1 is not empty, line
   *     2 is not "[UNK]", a token repeats or a token contains whitespace (e.g. "\r")
   */
  public static Vocabulary load(Path file) throws IOException {
    byte[] content =
        ChecksummedFiles.readIfWritten(file)
            .orElseThrow(
                () -> new NoSuchFileException(file.toString(), null, "vocabulary file not found"));
    List<String> lines = lines(Utf8Text.decode(content, file));
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
