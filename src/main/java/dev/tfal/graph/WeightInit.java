package dev.tfal.graph;

/** How a weight starts, with Keras' default initializers for each layer kind. */
public enum WeightInit {
  /** Keras Embedding default: uniform in [-0.05, 0.05]. */
  UNIFORM_005,
  /** Glorot (Xavier) uniform: limit sqrt(6 / (fanIn + fanOut)). */
  GLOROT_UNIFORM,
  /** Orthogonal rows or columns (QR of a Gaussian matrix), gain 1. */
  ORTHOGONAL,
  /** All zeros. */
  ZEROS,
  /** LSTM bias with unit forget bias: zeros except ones in the forget gate block (i, f, c, o). */
  LSTM_UNIT_FORGET_BIAS
}
