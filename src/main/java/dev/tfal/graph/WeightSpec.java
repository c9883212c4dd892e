package dev.tfal.graph;

import java.util.Arrays;

/**
 * One trainable weight: Keras-style name, shape and initializer.
 *
 * @param name a path such as {@code bidirectional/forward_lstm/kernel}
 * @param shape dimensions, outermost first
 * @param init how it starts
 */
public record WeightSpec(String name, long[] shape, WeightInit init) {

  public WeightSpec {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got '" + name + "'");
    }
    shape = shape.clone();
    for (long dim : shape) {
      if (dim <= 0) {
        throw new IllegalArgumentException(
            "shape of " + name + " must be positive, got " + Arrays.toString(shape));
      }
    }
  }

  @Override
  public long[] shape() {
    return shape.clone();
  }

  /** Number of scalars in the weight. */
  public int size() {
    long n = 1;
    for (long dim : shape) {
      n *= dim;
    }
    return Math.toIntExact(n);
  }

  /** Name usable as a TensorFlow op name. */
  public String opName() {
    return name.replace('/', '_');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightSpec w
        && name.equals(w.name)
        && Arrays.equals(shape, w.shape)
        && init == w.init;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(shape);
  }

  @Override
  public String toString() {
    return name + Arrays.toString(shape);
  }
}
