package dev.tfal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The files of a training run directory. */
public record RunDirectory(Path root) {
  public Path config() {
    return root.resolve("config.json");
  }

  public Path vocabulary() {
    return root.resolve("vocabulary.txt");
  }

  public Path history() {
    return root.resolve("history.csv");
  }

  public Path lossChart() {
    return root.resolve("loss.png");
  }

  public Path accuracyChart() {
    return root.resolve("accuracy.png");
  }

  public Path best() {
    return root.resolve("best");
  }

  public Path metrics() {
    return root.resolve("metrics.json");
  }

  /** Creates the directory; an existing non-empty one is refused so no run is overwritten. */
  public static RunDirectory create(Path root) throws IOException {
    requireUnused(root);
    Files.createDirectories(root);
    return new RunDirectory(root);
  }

  /** Fails if {@code root} exists and is not an empty directory. */
  public static void requireUnused(Path root) throws IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new IllegalArgumentException("output " + root + " exists and is not a directory");
    }
    if (Files.isDirectory(root)) {
      try (Stream<Path> entries = Files.list(root)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(
              "output directory "
                  + root
                  + " already exists and is not empty; choose another --out");
        }
      }
    }
  }
}
