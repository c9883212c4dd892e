package dev.tfal.cli;

import dev.tfal.error.UsageException;
import dev.tfal.job.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The presets in {@code models/}: a name resolves to {@code models/NAME.json}; a value that ends in
 * {@code .json} or contains a path separator is read as a file.
 */
final class PresetRegistry implements Iterable<String> {
  static final String DEFAULT = "imdb-bilstm";

  private final Path directory;

  PresetRegistry(Path directory) {
    this.directory = directory;
  }

  Preset resolve(String nameOrFile) throws IOException {
    boolean isFile = nameOrFile.endsWith(".json") || nameOrFile.contains("/");
    Path file = isFile ? Path.of(nameOrFile) : directory.resolve(nameOrFile + ".json");
    if (!isFile && !Files.isRegularFile(file)) {
      throw new UsageException(
          "unknown preset '" + nameOrFile + "'; presets: " + names() + " (or give a .json file)");
    }
    return PresetFile.read(file);
  }

  List<String> names() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Lets picocli list the presets as completion candidates in --help. */
  @Override
  public Iterator<String> iterator() {
    return names().iterator();
  }
}
