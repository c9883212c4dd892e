package dev.tfal.graph;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Split;
import org.tensorflow.types.TFloat32;

/**
 * One LSTM step with Keras semantics on pre-activations {@code z = x W + h U + b} whose last axis
 * holds the gates i, f, c, o: {@code c' = sigmoid(f) c + sigmoid(i) tanh(c~)}, {@code h' =
 * sigmoid(o) tanh(c')}. The state starts at zero, so the first step skips the terms that vanish.
 */
final class LstmCell {
  private final Ops tf;
  private Operand<TFloat32> hidden;
  private Operand<TFloat32> cell;

  LstmCell(Ops tf) {
    this.tf = tf;
  }

  /** The hidden state after the last step, or null before the first. */
  Operand<TFloat32> hidden() {
    return hidden;
  }

  /** Advances one step from the gate pre-activations and returns the new hidden state. */
  Operand<TFloat32> step(Operand<TFloat32> preActivations) {
    Split<TFloat32> gates = tf.split(tf.constant(-1), preActivations, 4L);
    Operand<TFloat32> input = tf.math.sigmoid(gates.output().get(0));
    Operand<TFloat32> candidate = tf.math.tanh(gates.output().get(2));
    Operand<TFloat32> written = SameShapeProduct.of(tf, input, candidate);
    cell =
        cell == null
            ? written
            : SameShapeProduct.sum(
                tf, SameShapeProduct.of(tf, tf.math.sigmoid(gates.output().get(1)), cell), written);
    hidden = SameShapeProduct.of(tf, tf.math.sigmoid(gates.output().get(3)), tf.math.tanh(cell));
    return hidden;
  }
}
