package dev.tfal.bench;

import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.text.VectorizerSpec;

/**
 * Settings of the {@code score} and {@code predict} scenarios.
 *
 * @param vectorizer text settings (adapted on the synthetic reviews themselves)
 * @param model the model (random initial weights: speed does not depend on them)
 * @param runtime thread counts and LSTM kernel
 * @param reviews synthetic reviews per pass
 * @param batchSize reviews per inference call
 * @param passes timed passes over the reviews
 */
public record ScoreConfig(
    VectorizerSpec vectorizer,
    ModelSpec model,
    RuntimeConfig runtime,
    int reviews,
    int batchSize,
    int passes) {
  public ScoreConfig {
    if (reviews <= 0 || batchSize <= 0 || passes <= 0) {
      throw new IllegalArgumentException(
          "reviews, batch size and passes must be > 0, got "
              + reviews
              + ", "
              + batchSize
              + ", "
              + passes);
    }
  }
}
