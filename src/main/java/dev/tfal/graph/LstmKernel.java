package dev.tfal.graph;

import java.util.Locale;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt32;

/**
 * How the bidirectional LSTM is laid out as TensorFlow ops. Every kernel computes the same function
 * of the same weights; they differ only in speed.
 */
public enum LstmKernel {
  /**
   * Default. Embedding and input kernel are folded into one projected table per direction, {@code
   * embedding x kernel + bias} ([V, 4U], computed once per step of training), and each token's
   * input projection is a row gathered from it; both directions then run as one batch with one
   * batched MatMul per time step.
   */
  PROJECTED,
  /** As {@link #PROJECTED}, both directions stacked into one batched MatMul per time step. */
  PROJECTED_BATCHED,
  /**
   * The plain unrolled graph, kept as the speed baseline: per time step and direction one MatMul of
   * the concatenated {@code [x_t, h]} with the stacked input and recurrent kernels.
   */
  UNROLLED;

  /** Embedding and bidirectional LSTM: token ids [B, T] to every step's hidden states. */
  BidirectionalSequence encode(
      Ops tf, ModelSpec spec, Operand<TInt32> tokenIds, ModelVariables variables) {
    return switch (this) {
      case PROJECTED -> new BidirectionalLstmLayer(tf, spec).apply(tokenIds, variables);
      case PROJECTED_BATCHED ->
          new BidirectionalLstmLayer(tf, spec).applyBatched(tokenIds, variables);
      case UNROLLED -> new UnrolledBidirectionalLstm(tf, spec).apply(tokenIds, variables);
    };
  }

  /** The option spelling: lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@link #label()}. */
  public static LstmKernel fromLabel(String label) {
    for (LstmKernel kernel : values()) {
      if (kernel.label().equals(label)) {
        return kernel;
      }
    }
    throw new IllegalArgumentException(
        "unknown LSTM kernel '"
            + label
            + "' (expected one of "
            + java.util.Arrays.stream(values()).map(LstmKernel::label).toList()
            + ")");
  }
}
