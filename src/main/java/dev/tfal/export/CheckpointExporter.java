package dev.tfal.export;

import dev.tfal.graph.InferenceSession;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.text.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes best-epoch checkpoints as SavedModels, reusing one inference graph for every write. Close
 * it when training ends.
 */
public final class CheckpointExporter implements AutoCloseable {
  private final InferenceSession inference;
  private final SavedModelWriter writer;
  private final ModelMetadata metadata;

  public CheckpointExporter(ModelWeights initial, Vocabulary vocabulary, ModelMetadata metadata) {
    this.inference = InferenceSession.open(metadata.model(), initial, RuntimeConfig.defaults());
    this.writer = new SavedModelWriter(inference, vocabulary);
    this.metadata = metadata;
  }

  /**
   * Writes {@code weights} of epoch {@code epoch} (from 0) with the epoch's metrics as the
   * SavedModel directory {@code target}, replacing it.
   */
  public Path write(Path target, ModelWeights weights, int epoch, Map<String, Double> metrics)
      throws IOException {
    inference.load(weights);
    writer.write(target, metadata.withEpoch(epoch + 1, metrics));
    return target;
  }

  @Override
  public void close() {
    inference.close();
  }
}
