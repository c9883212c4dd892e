package dev.tfal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Copies, damages and fingerprints the files of a run directory, for fault tests. */
final class RunFiles {
  /** How a file is damaged. */
  enum Damage {
    /** Cut to half its length, as a crash or a full disk can leave it. */
    TRUNCATE,
    /** Every bit of its middle byte inverted. */
    FLIP,
    /** Removed. */
    DELETE;

    void apply(Path file) throws IOException {
      byte[] content = Files.readAllBytes(file);
      switch (this) {
        case TRUNCATE -> Files.write(file, Arrays.copyOf(content, content.length / 2));
        case FLIP -> {
          content[content.length / 2] ^= (byte) 0xFF;
          Files.write(file, content);
        }
        case DELETE -> Files.delete(file);
      }
    }
  }

  private RunFiles() {}

  /** Copies the directory tree {@code from} to the new directory {@code to}. */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    return to;
  }

  /** Every file under {@code dir} (but the lock) by relative path, with its content's hash. */
  static Map<String, Integer> fingerprint(Path dir) throws IOException {
    Map<String, Integer> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(path).toString();
        if (!name.equals(".lock")) {
          files.put(name, Arrays.hashCode(Files.readAllBytes(path)));
        }
      }
    }
    return files;
  }
}
