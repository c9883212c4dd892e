package dev.tfal.graph;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.types.TFloat32;

/**
 * GlobalMaxPool1D over the bidirectional layer's sequence output. The input is time-major and
 * direction-stacked, [T, 2, B, U]; the output is [B, 2U], forward features first as in Keras'
 * concat merge. The maximum over time does not depend on the order in which the backward direction
 * visited the steps.
 */
final class GlobalMaxPoolLayer {
  private GlobalMaxPoolLayer() {}

  static Operand<TFloat32> apply(Ops tf, Operand<TFloat32> sequence) {
    Ops scope = tf.withSubScope("global_max_pooling1d");
    Operand<TFloat32> overTime = scope.max(sequence, scope.constant(0));
    Unstack<TFloat32> directions = scope.unstack(overTime, 2L, Unstack.axis(0L));
    return scope.concat(
        List.of(directions.output().get(0), directions.output().get(1)), scope.constant(1));
  }
}
