package dev.tfal.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tfal.data.LabelSet;
import dev.tfal.graph.ModelSpec;
import java.util.List;
import java.util.Map;

/**
 * What a SavedModel records about itself in {@code assets/tfal.json}.
 *
 * @param tfalVersion version of tfal that wrote it
 * @param model the architecture
 * @param epoch the training epoch the weights come from (from 1), 0 if not from training
 * @param metrics metrics known when it was written (validation metrics of that epoch)
 * @param data a short description of the training data
 * @param labels the class names in label-id order (the model's output order); metadata written
 *     before they were recorded reads as the binary names negative, positive
 */
public record ModelMetadata(
    @JsonProperty("tfal_version") String tfalVersion,
    @JsonProperty("model") ModelSpec model,
    @JsonProperty("epoch") int epoch,
    @JsonProperty("metrics") Map<String, Double> metrics,
    @JsonProperty("data") String data,
    @JsonProperty("labels") List<String> labels) {

  public ModelMetadata {
    metrics = Map.copyOf(metrics);
    labels = labels == null || labels.isEmpty() ? LabelSet.BINARY.names() : List.copyOf(labels);
  }

  /** Metadata of a two-class model (negative, positive). */
  public ModelMetadata(
      String tfalVersion, ModelSpec model, int epoch, Map<String, Double> metrics, String data) {
    this(tfalVersion, model, epoch, metrics, data, LabelSet.BINARY.names());
  }

  /** The class names as a label set. */
  public LabelSet labelSet() {
    return new LabelSet(labels);
  }

  public ModelMetadata withEpoch(int value, Map<String, Double> epochMetrics) {
    return new ModelMetadata(tfalVersion, model, value, epochMetrics, data, labels);
  }
}
