package dev.tfal.graph;

import org.tensorflow.Operand;
import org.tensorflow.framework.op.FrameworkOps;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Mean categorical cross-entropy of K-class logits, {@code -sum_k y_k log softmax(x)_k} averaged
 * over the batch, by tensorflow-framework's {@code softmaxCrossEntropyWithLogits} (the fused,
 * log-sum-exp stable kernel). For the coming K-class output layer; the binary model keeps {@link
 * BinaryCrossEntropy}.
 */
final class CategoricalCrossEntropy {
  private CategoricalCrossEntropy() {}

  /**
   * The loss of logits [B, K] against label distributions [B, K] (one-hot rows for hard labels).
   */
  static Operand<TFloat32> fromLogits(Ops tf, Operand<TFloat32> labels, Operand<TFloat32> logits) {
    Ops scope = tf.withSubScope("categorical_crossentropy");
    Operand<TFloat32> perExample =
        FrameworkOps.create(scope).nn.softmaxCrossEntropyWithLogits(labels, logits, -1);
    return tf.withName("loss").math.mean(perExample, scope.constant(0));
  }
}
