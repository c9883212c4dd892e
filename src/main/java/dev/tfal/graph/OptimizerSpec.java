package dev.tfal.graph;

import java.util.Set;

/**
 * Optimizer settings. Only RMSprop exists, with Keras 3's semantics (velocity starting at 0,
 * epsilon added to the velocity inside the square root).
 *
 * @param name registered optimizer name
 * @param learningRate step size
 * @param rho decay of the squared-gradient average
 * @param epsilon added to the mean square before its root, to avoid division by zero
 */
public record OptimizerSpec(String name, double learningRate, double rho, double epsilon) {
  /** Every optimizer name tfal knows. */
  public static final Set<String> NAMES = Set.of("rmsprop");

  public OptimizerSpec {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "optimizer must be one of " + NAMES + ", got '" + name + "'");
    }
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learningRate must be > 0, got " + learningRate);
    }
    if (!(rho >= 0 && rho < 1)) {
      throw new IllegalArgumentException("rho must be in [0, 1), got " + rho);
    }
    if (!(epsilon > 0)) {
      throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
    }
  }

  /** Keras' RMSprop defaults: learning rate 1e-3, rho 0.9, epsilon 1e-7. */
  public static OptimizerSpec defaults() {
    return new OptimizerSpec("rmsprop", 1e-3, 0.9, 1e-7);
  }
}
