package dev.tfal.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Architecture of the reference review classifier: Embedding -> Bidirectional LSTM (return
 * sequences) -> GlobalMaxPool1D -> Dense(relu) -> Dropout -> Dense(1, sigmoid) for two classes,
 * Dense(K, softmax) for K > 2.
 *
 * @param vocabularySize embedding rows, equal to the vectorizer's max tokens (padding and OOV
 *     included)
 * @param sequenceLength token ids per example
 * @param embeddingDim embedding width
 * @param lstmUnits units of each LSTM direction
 * @param denseUnits width of the hidden dense layer
 * @param dropoutRate fraction of hidden units dropped while training
 * @param classes number of classes K >= 2; 0 (a record written before K existed) reads as 2
 */
public record ModelSpec(
    int vocabularySize,
    int sequenceLength,
    int embeddingDim,
    int lstmUnits,
    int denseUnits,
    double dropoutRate,
    int classes) {

  public ModelSpec {
    if (classes == 0) {
      classes = 2;
    }
    if (classes < 2) {
      throw new IllegalArgumentException("classes must be >= 2, got " + classes);
    }
    requirePositive("vocabularySize", vocabularySize);
    requirePositive("sequenceLength", sequenceLength);
    requirePositive("embeddingDim", embeddingDim);
    requirePositive("lstmUnits", lstmUnits);
    requirePositive("denseUnits", denseUnits);
    if (!(dropoutRate >= 0 && dropoutRate < 1)) {
      throw new IllegalArgumentException("dropoutRate must be in [0, 1), got " + dropoutRate);
    }
  }

  /** A two-class model. */
  public ModelSpec(
      int vocabularySize,
      int sequenceLength,
      int embeddingDim,
      int lstmUnits,
      int denseUnits,
      double dropoutRate) {
    this(vocabularySize, sequenceLength, embeddingDim, lstmUnits, denseUnits, dropoutRate, 2);
  }

  /** The Keras example's model: 426,537 parameters. */
  public static ModelSpec reference() {
    return new ModelSpec(3000, 150, 128, 32, 20, 0.5);
  }

  /** Output width of the bidirectional layer (both directions concatenated). */
  public int bidirectionalUnits() {
    return 2 * lstmUnits;
  }

  /** LSTM gate width: four gates (i, f, c, o) per direction. */
  public int gateUnits() {
    return 4 * lstmUnits;
  }

  /** Width of the output layer: one logit for two classes (sigmoid), K otherwise (softmax). */
  public int outputUnits() {
    return isBinary() ? 1 : classes;
  }

  /** Whether this is the two-class model, Dense(1, sigmoid) with binary cross-entropy. */
  @JsonIgnore
  public boolean isBinary() {
    return classes == 2;
  }

  public ModelSpec withSequenceLength(int length) {
    return new ModelSpec(
        vocabularySize, length, embeddingDim, lstmUnits, denseUnits, dropoutRate, classes);
  }

  public ModelSpec withClasses(int k) {
    return new ModelSpec(
        vocabularySize, sequenceLength, embeddingDim, lstmUnits, denseUnits, dropoutRate, k);
  }

  private static void requirePositive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, got " + value);
    }
  }
}
