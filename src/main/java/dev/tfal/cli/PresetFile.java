package dev.tfal.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.error.DataFormatException;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.job.Preset;
import dev.tfal.text.VectorizerSpec;
import dev.tfal.train.Monitor;
import dev.tfal.train.TrainConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a preset JSON file (see {@code models/imdb-bilstm.json}). Every key must be known and every
 * section present; errors name the file, the line and the key.
 */
final class PresetFile {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

  private PresetFile() {}

  record VectorizerSection(
      @JsonProperty(value = "max_tokens", required = true) int maxTokens,
      @JsonProperty(value = "sequence_length", required = true) int sequenceLength) {}

  record ModelSection(
      @JsonProperty(value = "embedding_dim", required = true) int embeddingDim,
      @JsonProperty(value = "lstm_units", required = true) int lstmUnits,
      @JsonProperty(value = "dense_units", required = true) int denseUnits,
      @JsonProperty(value = "dropout_rate", required = true) double dropoutRate) {}

  record OptimizerSection(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "learning_rate", required = true) double learningRate,
      @JsonProperty(value = "rho", required = true) double rho,
      @JsonProperty(value = "epsilon", required = true) double epsilon) {}

  record TrainingSection(
      @JsonProperty(value = "epochs", required = true) int epochs,
      @JsonProperty(value = "batch_size", required = true) int batchSize,
      @JsonProperty(value = "shuffle_buffer", required = true) int shuffleBuffer,
      @JsonProperty(value = "early_stopping_patience", required = true) int patience,
      @JsonProperty(value = "monitor", required = true) String monitor) {}

  record Document(
      @JsonProperty("description") String description,
      @JsonProperty(value = "vectorizer", required = true) VectorizerSection vectorizer,
      @JsonProperty(value = "model", required = true) ModelSection model,
      @JsonProperty(value = "optimizer", required = true) OptimizerSection optimizer,
      @JsonProperty(value = "training", required = true) TrainingSection training) {}

  static Preset read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new DataFormatException(file, "no such preset file");
    }
    Document doc;
    try {
      doc = JSON.readValue(file.toFile(), Document.class);
    } catch (JsonProcessingException e) {
      throw PresetParseError.of(file, e);
    }
    try {
      return toPreset(nameOf(file), doc);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, "invalid preset: " + e.getMessage());
    }
  }

  private static Preset toPreset(String name, Document doc) {
    VectorizerSpec vectorizer =
        new VectorizerSpec(doc.vectorizer().maxTokens(), doc.vectorizer().sequenceLength());
    ModelSection m = doc.model();
    ModelSpec model =
        new ModelSpec(
            vectorizer.maxTokens(),
            vectorizer.sequenceLength(),
            m.embeddingDim(),
            m.lstmUnits(),
            m.denseUnits(),
            m.dropoutRate());
    OptimizerSection o = doc.optimizer();
    OptimizerSpec optimizer = new OptimizerSpec(o.name(), o.learningRate(), o.rho(), o.epsilon());
    TrainingSection t = doc.training();
    TrainConfig training =
        new TrainConfig(
            t.epochs(),
            t.batchSize(),
            t.shuffleBuffer(),
            TrainConfig.defaults().seed(),
            t.patience(),
            Monitor.of(t.monitor()));
    return new Preset(name, vectorizer, model, optimizer, training);
  }

  private static String nameOf(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }
}
