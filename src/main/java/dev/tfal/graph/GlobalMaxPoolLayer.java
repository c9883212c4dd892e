package dev.tfal.graph;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * GlobalMaxPool1D over the bidirectional layer's sequence output: each direction's steps are
 * stacked time-major, [T, B, U], and reduced over time; the output is [B, 2U], forward features
 * first as in Keras' concat merge. The maximum over time does not depend on the order in which the
 * backward direction visited the steps.
 */
final class GlobalMaxPoolLayer {
  private GlobalMaxPoolLayer() {}

  static Operand<TFloat32> apply(Ops tf, BidirectionalSequence sequence) {
    Ops scope = tf.withSubScope("global_max_pooling1d");
    return scope.concat(
        List.of(overTime(scope, sequence.forward()), overTime(scope, sequence.backward())),
        scope.constant(1));
  }

  private static Operand<TFloat32> overTime(Ops scope, List<Operand<TFloat32>> steps) {
    return scope.max(scope.stack(steps), scope.constant(0));
  }
}
