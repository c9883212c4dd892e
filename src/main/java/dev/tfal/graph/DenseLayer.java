package dev.tfal.graph;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Fully connected layer: x . kernel + bias. */
final class DenseLayer {
  private DenseLayer() {}

  static Operand<TFloat32> apply(
      Ops tf, Operand<TFloat32> input, Operand<TFloat32> kernel, Operand<TFloat32> bias) {
    return tf.math.add(tf.linalg.matMul(input, kernel), bias);
  }
}
