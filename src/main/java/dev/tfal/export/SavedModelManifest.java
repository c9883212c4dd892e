package dev.tfal.export;

import dev.tfal.error.CorruptFileException;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file of a SavedModel tfal wrote, in {@code assets.extra/tfal.sha256} (the
 * directory TensorFlow leaves to applications), in {@code sha256sum} format with paths relative to
 * the model directory: {@code cd MODEL && sha256sum -c assets.extra/tfal.sha256} checks it by hand.
 * It is written into the staging directory before the model is renamed into place, so it always
 * describes the model beside it. Checking it before TensorFlow loads the model turns a truncated
 * {@code saved_model.pb} or a missing variables shard into an error naming the file instead of a
 * TensorFlow failure. Models without it (written by older tfal versions) are not checked.
 */
public final class SavedModelManifest {
  private static final int DIGEST_LENGTH = 64;

  private SavedModelManifest() {}

  /** The manifest file of the model in {@code dir}. */
  public static Path file(Path dir) {
    return dir.resolve("assets.extra").resolve("tfal.sha256");
  }

  /** Writes the manifest of every file now in {@code dir}. */
  static void write(Path dir) throws IOException {
    Path manifest = file(dir);
    StringBuilder text = new StringBuilder();
    for (Path file : files(dir)) {
      if (!file.equals(manifest)) {
        text.append(Sha256.of(file)).append("  ").append(relative(dir, file)).append('\n');
      }
    }
    AtomicFiles.writeString(manifest, text.toString());
  }

  /**
   * Checks every file the manifest of {@code dir} lists; does nothing if there is no manifest.
   *
   * @throws CorruptFileException naming the first file that is missing or does not match, or the
   *     manifest if it is damaged itself
   */
  public static void verify(Path dir) throws IOException {
    Path manifest = file(dir);
    if (!Files.isRegularFile(manifest)) {
      return;
    }
    String text = new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !text.endsWith("\n")) {
      throw new CorruptFileException(manifest, "damaged model manifest: empty or truncated");
    }
    for (int i = 0; i < lines.size(); i++) {
      verifyEntry(dir, manifest, i + 1L, lines.get(i));
    }
  }

  private static void verifyEntry(Path dir, Path manifest, long line, String entry)
      throws IOException {
    Path file = listedFile(dir, manifest, line, entry);
    if (!Files.isRegularFile(file)) {
      throw new CorruptFileException(
          file, "missing, although the model's manifest " + relative(dir, manifest) + " lists it");
    }
    String expected = entry.substring(0, DIGEST_LENGTH);
    String actual = Sha256.of(file);
    if (!actual.equals(expected)) {
      throw new CorruptFileException(
          file,
          "damaged: its SHA-256 does not match the model's manifest ("
              + Files.size(file)
              + " bytes now); it was truncated or altered after tfal wrote it");
    }
  }

  private static Path listedFile(Path dir, Path manifest, long line, String entry) {
    boolean wellFormed =
        entry.length() > DIGEST_LENGTH + 2
            && entry.substring(0, DIGEST_LENGTH).chars().allMatch(c -> Character.digit(c, 16) >= 0)
            && entry.startsWith("  ", DIGEST_LENGTH);
    Path file = wellFormed ? dir.resolve(entry.substring(DIGEST_LENGTH + 2)).normalize() : null;
    if (file == null || !file.startsWith(dir.normalize())) {
      throw new CorruptFileException(
          manifest, line, "damaged model manifest: expected '<sha256>  <path in the model>'");
    }
    return file;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
