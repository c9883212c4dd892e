package dev.tfal.graph;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Mean binary cross-entropy computed from logits in the numerically stable form {@code max(x, 0) -
 * x * y + log(1 + exp(-|x|))}. Kept hand-built: tensorflow-framework's {@code
 * sigmoidCrossEntropyWithLogits} gives the same loss bits but sums its gradient in another order,
 * which would change every trained weight.
 */
final class BinaryCrossEntropy {
  private BinaryCrossEntropy() {}

  static Operand<TFloat32> fromLogits(Ops tf, Operand<TFloat32> labels, Operand<TFloat32> logits) {
    Ops scope = tf.withSubScope("binary_crossentropy");
    Operand<TFloat32> perExample =
        scope.math.add(
            scope.math.sub(scope.nn.relu(logits), scope.math.mul(logits, labels)),
            scope.math.log1p(scope.math.exp(scope.math.neg(scope.math.abs(logits)))));
    return tf.withName("loss").math.mean(perExample, scope.constant(0));
  }
}
