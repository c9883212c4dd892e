package dev.tfal.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tfal.graph.ModelSpec;
import java.util.Map;

/**
 * What a SavedModel records about itself in {@code assets/tfal.json}.
 *
 * @param tfalVersion version of tfal that wrote it
 * @param model the architecture
 * @param epoch the training epoch the weights come from (from 1), 0 if not from training
 * @param metrics metrics known when it was written (validation metrics of that epoch)
 * @param data a short description of the training data
 */
public record ModelMetadata(
    @JsonProperty("tfal_version") String tfalVersion,
    @JsonProperty("model") ModelSpec model,
    @JsonProperty("epoch") int epoch,
    @JsonProperty("metrics") Map<String, Double> metrics,
    @JsonProperty("data") String data) {

  public ModelMetadata {
    metrics = Map.copyOf(metrics);
  }

  public ModelMetadata withEpoch(int value, Map<String, Double> epochMetrics) {
    return new ModelMetadata(tfalVersion, model, value, epochMetrics, data);
  }
}
