package dev.tfal.graph;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.framework.initializers.Zeros;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Identity;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * RMSprop with Keras 3 semantics: {@code v = rho * v + (1 - rho) * g^2} then {@code w -= lr * g /
 * sqrt(v + epsilon)}, the velocity {@code v} starting at zero. Epsilon inside the square root
 * matters: it caps the step of weights with tiny gradients (rare embedding rows) at {@code lr * g /
 * sqrt(epsilon)} instead of a full {@code lr}. Every update waits for every gradient, so a step
 * never reads a weight another update already changed. A reset sets every velocity with
 * tensorflow-framework's {@link Zeros} initializer, as Keras initializes its optimizer slots.
 */
final class RmsPropUpdate {
  private final Op step;
  private final Op reset;
  private final ModelVariables velocities;

  private RmsPropUpdate(Op step, Op reset, ModelVariables velocities) {
    this.step = step;
    this.reset = reset;
    this.velocities = velocities;
  }

  static RmsPropUpdate create(
      Ops tf, OptimizerSpec spec, ModelVariables weights, List<Operand<TFloat32>> grads) {
    Ops scope = tf.withSubScope("rmsprop");
    List<Identity<TFloat32>> gradients = grads.stream().map(scope::identity).toList();
    Ops afterGradients = scope.withControlDependencies(List.copyOf(gradients));
    ModelVariables velocities =
        ModelVariables.create(scope.withSubScope("velocity"), weights.specs());
    Zeros<TFloat32> zeros = new Zeros<>();
    List<Op> updates = new ArrayList<>();
    List<Op> resets = new ArrayList<>();
    for (int i = 0; i < weights.all().size(); i++) {
      Variable<TFloat32> weight = weights.all().get(i);
      Variable<TFloat32> velocity = velocities.all().get(i);
      Shape shape = weight.shape();
      resets.add(scope.assign(velocity, zeros.call(scope, scope.constant(shape), TFloat32.class)));
      updates.add(update(afterGradients, spec, weight, velocity, gradients.get(i)));
    }
    Op step = scope.withControlDependencies(updates).withName("step").noOp();
    Op reset = scope.withControlDependencies(resets).withName("reset").noOp();
    return new RmsPropUpdate(step, reset, velocities);
  }

  private static Op update(
      Ops tf,
      OptimizerSpec spec,
      Variable<TFloat32> weight,
      Variable<TFloat32> velocity,
      Operand<TFloat32> grad) {
    float rho = (float) spec.rho();
    Operand<TFloat32> newVelocity =
        tf.assign(
            velocity,
            tf.math.add(
                tf.math.mul(tf.constant(rho), velocity),
                tf.math.mul(tf.constant(1f - rho), tf.math.square(grad))));
    Operand<TFloat32> denominator =
        tf.math.sqrt(tf.math.add(newVelocity, tf.constant((float) spec.epsilon())));
    Operand<TFloat32> delta =
        tf.math.div(tf.math.mul(tf.constant((float) spec.learningRate()), grad), denominator);
    return tf.assignSub(weight, delta);
  }

  /** Target applying one update to every weight. */
  Op step() {
    return step;
  }

  /** Target setting every velocity to zero. */
  Op reset() {
    return reset;
  }

  /** The velocity of each weight, in weight spec order, with assign ops to restore them. */
  ModelVariables velocities() {
    return velocities;
  }
}
