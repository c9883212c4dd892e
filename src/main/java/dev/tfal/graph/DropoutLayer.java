package dev.tfal.graph;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

/**
 * Inverted dropout as Keras applies it while training: each unit is kept with probability {@code 1
 * - rate} and scaled by {@code 1 / (1 - rate)}. Used only on the training path; the inference path
 * skips it. The mask is drawn by a stateless op from a fed {@code [key, counter]} seed, so it is a
 * pure function of that seed, not of how often the session ran the op before.
 */
final class DropoutLayer {
  private DropoutLayer() {}

  static Operand<TFloat32> apply(
      Ops tf, Operand<TFloat32> input, double rate, Operand<TInt64> seed) {
    if (rate == 0) {
      return input;
    }
    Ops scope = tf.withSubScope("dropout");
    float keep = (float) (1 - rate);
    Operand<TFloat32> uniform =
        scope.random.statelessRandomUniform(scope.shape(input), seed, TFloat32.class);
    Operand<TFloat32> mask = scope.math.floor(scope.math.add(uniform, scope.constant(keep)));
    return scope.math.mul(input, scope.math.mul(mask, scope.constant(1f / keep)));
  }
}
