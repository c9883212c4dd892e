package dev.tfal.job;

import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.text.VectorizerSpec;
import dev.tfal.train.TrainConfig;

/**
 * A model preset: the vectorizer, architecture, optimizer and training settings that a file in
 * {@code models/} describes.
 *
 * @param name the preset's name (its file name without {@code .json})
 * @param vectorizer vocabulary size and sequence length
 * @param model architecture; its vocabulary size and sequence length equal the vectorizer's
 * @param optimizer optimizer settings
 * @param training fit settings
 */
public record Preset(
    String name,
    VectorizerSpec vectorizer,
    ModelSpec model,
    OptimizerSpec optimizer,
    TrainConfig training) {

  public Preset {
    if (model.vocabularySize() != vectorizer.maxTokens()
        || model.sequenceLength() != vectorizer.sequenceLength()) {
      throw new IllegalArgumentException(
          "model " + model + " does not fit vectorizer " + vectorizer);
    }
  }
}
