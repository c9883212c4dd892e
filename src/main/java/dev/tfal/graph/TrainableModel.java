package dev.tfal.graph;

/**
 * What the trainer and the active-learning controller need of a model: training steps, inference
 * with and without dropout, the hidden representation, and its weights and optimizer state in and
 * out. {@link ModelSession} is the TensorFlow one; tests of control flow use a fake.
 */
public interface TrainableModel extends LogitModel {
  /** The architecture: weight layout, sequence length, hidden width. */
  ModelSpec spec();

  /** One optimizer step on {@code batch}; returns the batch's logits as the step saw them. */
  float[] trainStep(TokenBatch batch);

  /** Logits with dropout on: one Monte-Carlo dropout sample. */
  float[] logitsWithDropout(int[] tokenIds, int rows);

  /** The hidden dense layer's activations with dropout off, {@code rows x denseUnits}. */
  float[] hidden(int[] tokenIds, int rows);

  /**
   * Draws the following dropout masks under {@code key}, counting runs from 0 again: the same key
   * gives the same masks, whatever ran before.
   */
  void seedDropout(long key);

  /** A snapshot of the current weights. */
  ModelWeights weights();

  /** Replaces every weight by {@code weights}; the optimizer state is left as it is. */
  void load(ModelWeights weights);

  /** A snapshot of the optimizer's state: one RMSprop velocity per weight, named as the weights. */
  ModelWeights optimizerState();

  /** Replaces the optimizer's state by {@code state}, as {@link #optimizerState()} returned it. */
  void loadOptimizerState(ModelWeights state);

  /** Zeroes the optimizer state, as a freshly compiled Keras model has it. */
  void resetOptimizer();
}
