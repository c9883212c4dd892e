package dev.tfal.train;

import dev.tfal.graph.ModelWeights;
import java.io.IOException;
import java.nio.file.Path;

/** Persists a best-epoch snapshot; implementations write atomically. */
@FunctionalInterface
public interface CheckpointWriter {
  /**
   * Writes {@code weights} of epoch {@code epoch} (from 0), whose metrics are {@code logs}, and
   * returns where they went.
   */
  Path write(ModelWeights weights, int epoch, EpochLogs logs) throws IOException;
}
