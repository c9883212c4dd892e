package dev.tfal.rundir;

import dev.tfal.error.UsageException;
import dev.tfal.io.RunLock;
import dev.tfal.train.TrainStateFile;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The files of a training run directory. */
public record RunDirectory(Path root) {
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

  /** The test split's confusion matrix, rows true classes, columns predicted ones. */
  public Path confusionCsv() {
    return root.resolve("confusion.csv");
  }

  /** The test split's confusion matrix as a heat map. */
  public Path confusionChart() {
    return root.resolve("confusion.png");
  }

  public Path best() {
    return root.resolve("best");
  }

  /**
   * The run lock of {@code modelOrRun} when it names a run directory (one with {@code best/}), so
   * that a command reading a run's model is refused while another process works in that run; for a
   * bare SavedModel, nothing to release. Closing it releases the lock.
   */
  public static Closeable lockIfRun(Path modelOrRun) throws IOException {
    boolean isRun =
        Files.isDirectory(modelOrRun.resolve("best"))
            && !Files.isRegularFile(modelOrRun.resolve("saved_model.pb"));
    if (!isRun) {
      return () -> {};
    }
    RunLock lock = RunLock.acquire(modelOrRun);
    return lock::close;
  }

  /** Written last: a run directory with it holds a finished run. */
  public Path metrics() {
    return root.resolve("metrics.json");
  }

  /** The resumable state of the fit after its last completed epoch. */
  public Path trainState() {
    return root.resolve(TrainStateFile.FILE_NAME);
  }

  /**
   * The resolved configuration the run was started with, its {@link RunConfig} (see {@link
   * RunConfigFile}).
   */
  public Path config() {
    return root.resolve("config.json");
  }

  /**
   * Where tfal before schema-versioned records kept the command's arguments; a directory with it
   * and no record was written by that tfal.
   */
  public Path legacyArguments() {
    return root.resolve("arguments.json");
  }

  /** Creates the directory; an existing non-empty one is refused so no run is overwritten. */
  public static RunDirectory create(Path root) throws IOException {
    requireUnused(root);
    Files.createDirectories(root);
    return new RunDirectory(root);
  }

  /**
   * Fails if {@code root} exists and is not an empty directory; a lock file left by a killed
   * process that never got further does not count.
   */
  public static void requireUnused(Path root) throws IOException {
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new UsageException("output " + root + " exists and is not a directory");
    }
    if (Files.isDirectory(root)) {
      try (Stream<Path> entries = Files.list(root)) {
        if (entries.anyMatch(entry -> !entry.getFileName().toString().equals(RunLock.FILE_NAME))) {
          throw new UsageException(
              "output directory "
                  + root
                  + " already exists and is not empty; choose another --out");
        }
      }
    }
  }
}
