package dev.tfal.graph;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;

/**
 * Inverted dropout as Keras applies it while training: each unit is kept with probability {@code 1
 * - rate} and scaled by {@code 1 / (1 - rate)}. Used only on the training path; the inference path
 * skips it.
 */
final class DropoutLayer {
  private DropoutLayer() {}

  static Operand<TFloat32> apply(Ops tf, Operand<TFloat32> input, double rate, long seed) {
    if (rate == 0) {
      return input;
    }
    Ops scope = tf.withSubScope("dropout");
    float keep = (float) (1 - rate);
    Operand<TFloat32> uniform =
        scope.random.randomUniform(
            scope.shape(input),
            TFloat32.class,
            RandomUniform.seed(seed),
            RandomUniform.seed2(seed + 1));
    Operand<TFloat32> mask = scope.math.floor(scope.math.add(uniform, scope.constant(keep)));
    return scope.math.mul(input, scope.math.mul(mask, scope.constant(1f / keep)));
  }
}
