package dev.tfal.export;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the SavedModel of a path the user names lives: the path itself, or a run's best/. */
public final class SavedModelSource {
  private SavedModelSource() {}

  /**
   * {@code path} if it holds a saved_model.pb, else its {@code best/} if that is a directory (a
   * training or learning run directory), else {@code path} unchanged; the loader then reports what
   * is missing or damaged.
   */
  public static Path resolve(Path path) {
    if (Files.isRegularFile(SavedModelLayout.savedModelFile(path))) {
      return path;
    }
    Path best = path.resolve("best");
    return Files.isDirectory(best) ? best : path;
  }
}
