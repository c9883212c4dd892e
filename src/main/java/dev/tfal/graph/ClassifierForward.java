package dev.tfal.graph;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * The forward pass from the bidirectional layer's sequence output (see {@link LstmKernel#encode})
 * to logits [B] (two classes) or [B, K]: the shared trunk up to the hidden dense layer, then the
 * output layer once without dropout (inference) and, on request, once with dropout (training,
 * Monte-Carlo dropout).
 */
public final class ClassifierForward {
  private final Ops tf;
  private final ModelSpec spec;
  private final ModelVariables variables;
  private final Operand<TFloat32> hidden;
  private final Operand<TFloat32> logits;

  private ClassifierForward(
      Ops tf, ModelSpec spec, ModelVariables variables, Operand<TFloat32> hidden) {
    this.tf = tf;
    this.spec = spec;
    this.variables = variables;
    this.hidden = hidden;
    this.logits = outputLayer(hidden, "logits");
  }

  static ClassifierForward build(
      Ops tf, ModelSpec spec, BidirectionalSequence sequence, ModelVariables variables) {
    Operand<TFloat32> pooled = GlobalMaxPoolLayer.apply(tf, sequence);
    Ops dense = tf.withSubScope("dense");
    Operand<TFloat32> hidden =
        dense.nn.relu(
            DenseLayer.apply(
                dense,
                pooled,
                variables.get(ModelLayout.DENSE_KERNEL),
                variables.get(ModelLayout.DENSE_BIAS)));
    return new ClassifierForward(tf, spec, variables, hidden);
  }

  /**
   * The hidden dense layer's activations [B, denseUnits], dropout off: the output layer's input.
   */
  public Operand<TFloat32> hidden() {
    return hidden;
  }

  /** Logits [B] with dropout off. */
  public Operand<TFloat32> logits() {
    return logits;
  }

  /** Logits [B] with dropout on, the masks drawn from the int64 {@code [2]} seed {@code seed}. */
  Operand<TFloat32> logitsWithDropout(Operand<TInt64> seed, String name) {
    return outputLayer(DropoutLayer.apply(tf, hidden, spec.dropoutRate(), seed), name);
  }

  private Operand<TFloat32> outputLayer(Operand<TFloat32> input, String name) {
    Ops output = tf.withSubScope("dense_1");
    Operand<TFloat32> column =
        DenseLayer.apply(
            output,
            input,
            variables.get(ModelLayout.OUTPUT_KERNEL),
            variables.get(ModelLayout.OUTPUT_BIAS));
    if (!spec.isBinary()) {
      return tf.withName(name).identity(column);
    }
    return tf.withName(name).reshape(column, tf.constant(new int[] {-1}));
  }
}
