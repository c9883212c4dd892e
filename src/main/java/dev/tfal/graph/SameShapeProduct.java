package dev.tfal.graph;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.TensorFlow;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.MulNoNan;
import org.tensorflow.types.TFloat32;

/**
 * Element-wise product of two tensors of the same shape, with a two-op gradient.
 *
 * <p>TensorFlow's C++ gradient of {@code Mul} handles broadcasting: every product in the graph gets
 * Shape, BroadcastGradientArgs, Sum and Reshape ops in its gradient, nine ops where two do. In the
 * unrolled LSTM that is thousands of ops per training step, each with its own dispatch cost. This
 * builder emits {@code MulNoNan}, which equals {@code Mul} on finite inputs and has no gradient of
 * its own in TensorFlow, and registers for it the gradient {@code (dz * y, dz * x)}. Only use it on
 * operands of identical shape.
 */
final class SameShapeProduct {
  private SameShapeProduct() {}

  static {
    // Registration is process-wide in TensorFlow; false means MulNoNan already has a gradient
    // (ours from an earlier class loader, or a future TensorFlow's own), which is also correct.
    TensorFlow.registerCustomGradient(
        MulNoNan.OP_NAME,
        (tf, op, gradients) -> {
          Operand<TFloat32> dz = (Operand<TFloat32>) gradients.get(0);
          Operand<TFloat32> x = (Operand<TFloat32>) op.input(0);
          Operand<TFloat32> y = (Operand<TFloat32>) op.input(1);
          return List.of(tf.math.mul(dz, y), tf.math.mul(dz, x));
        });
  }

  static Operand<TFloat32> of(Ops tf, Operand<TFloat32> x, Operand<TFloat32> y) {
    return tf.math.mulNoNan(x, y);
  }

  /** Sum of same-shape tensors as one AddN, whose gradient passes the incoming one through. */
  static Operand<TFloat32> sum(Ops tf, Operand<TFloat32> x, Operand<TFloat32> y) {
    return tf.math.addN(List.of(x, y));
  }
}
