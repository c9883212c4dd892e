package dev.tfal.export;

import dev.tfal.error.UsageException;
import dev.tfal.graph.InferenceSession;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.text.Vocabulary;
import dev.tfal.text.VocabularyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Exports a tfal SavedModel into TensorFlow Serving's layout, {@code ROOT/<version>/}: a fresh
 * SavedModel with both signatures, written atomically.
 */
public final class ServingExporter {
  private ServingExporter() {}

  /**
   * Exports the model in {@code source} (a SavedModel or a run directory) as version {@code
   * version} (the next free one when empty) under {@code root}.
   *
   * @return the version directory written
   * @throws UsageException if the version exists and {@code force} is false
   */
  public static Path export(Path source, Path root, OptionalInt version, boolean force)
      throws IOException {
    Path dir = SavedModelSource.resolve(source);
    SavedModelClassifier.requireSavedModel(dir);
    ModelMetadata metadata = SavedModelClassifier.readMetadata(dir);
    Vocabulary vocabulary = VocabularyFile.load(SavedModelLayout.vocabulary(dir));
    ModelWeights weights = SavedModelWeights.read(dir, metadata.model());
    Files.createDirectories(root);
    Path target = root.resolve(Integer.toString(version.orElse(nextVersion(root))));
    if (Files.exists(target) && !force) {
      throw new UsageException(
          target + " already exists; pass --force to overwrite it or choose another --version");
    }
    try (InferenceSession inference =
        InferenceSession.open(metadata.model(), weights, RuntimeConfig.defaults())) {
      new SavedModelWriter(inference, vocabulary).write(target, metadata);
    }
    return target;
  }

  /** One more than the largest integer-named directory in {@code root}, or 1. */
  public static int nextVersion(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return 1;
    }
    try (Stream<Path> entries = Files.list(root)) {
      return entries
              .filter(Files::isDirectory)
              .map(p -> p.getFileName().toString())
              .filter(name -> name.matches("[0-9]{1,9}"))
              .mapToInt(Integer::parseInt)
              .max()
              .orElse(0)
          + 1;
    }
  }
}
