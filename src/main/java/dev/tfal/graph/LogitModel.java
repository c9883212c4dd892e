package dev.tfal.graph;

/** Anything that turns rows of token ids into logits: a training session or a loaded model. */
public interface LogitModel {
  /** Token ids per row this model takes. */
  int sequenceLength();

  /** Logits with dropout off, one per row of {@code tokenIds} (row-major [rows, length]). */
  float[] logits(int[] tokenIds, int rows);
}
