package dev.tfal.graph;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Split;
import org.tensorflow.op.core.Stack;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Bidirectional LSTM with Keras semantics (gates i, f, c, o; sigmoid recurrent activation, tanh
 * activation; zero initial state; sequence output), unrolled over a fixed number of steps.
 *
 * <p>Both directions run as one batch: the backward direction reads the time-reversed sequence, the
 * two are stacked on a leading direction axis, the input projections of all steps are one batched
 * MatMul, and each step is one batched MatMul with the stacked recurrent kernels.
 */
final class BidirectionalLstmLayer {
  private final Ops tf;
  private final ModelSpec spec;

  BidirectionalLstmLayer(Ops tf, ModelSpec spec) {
    this.tf = tf.withSubScope("bidirectional");
    this.spec = spec;
  }

  /**
   * Token ids [B, T] to the time-major, direction-stacked ids [2, T, B]: the forward direction in
   * time order, the backward direction in reverse time order.
   */
  static Operand<TInt32> directionIds(Ops tf, Operand<TInt32> tokenIds) {
    Operand<TInt32> timeMajor = tf.linalg.transpose(tokenIds, tf.constant(new int[] {1, 0}));
    Operand<TInt32> reversed = tf.reverse(timeMajor, tf.constant(new int[] {0}));
    return tf.stack(List.of(timeMajor, reversed));
  }

  /**
   * Runs both directions over embedded inputs [2, T, B, E] and returns every step's hidden state as
   * [T, 2, B, U] (the backward direction's steps in the order it visited them).
   */
  Operand<TFloat32> apply(Operand<TFloat32> inputs, ModelVariables variables) {
    Operand<TFloat32> kernels = stackDirections(variables, "kernel");
    Operand<TFloat32> recurrent = stackDirections(variables, "recurrent_kernel");
    Operand<TFloat32> bias =
        tf.reshape(
            stackDirections(variables, "bias"), tf.constant(new int[] {2, 1, spec.gateUnits()}));
    List<Operand<TFloat32>> projections = inputProjections(inputs, kernels, bias);
    List<Operand<TFloat32>> hidden = new ArrayList<>(projections.size());
    Operand<TFloat32> h = null;
    Operand<TFloat32> c = null;
    for (Operand<TFloat32> projection : projections) {
      Operand<TFloat32> z =
          h == null
              ? projection
              : SameShapeProduct.sum(
                  tf, projection, tf.train.batchMatMul(h, recurrent, TFloat32.class));
      Split<TFloat32> gates = tf.split(tf.constant(2), z, 4L);
      Operand<TFloat32> input = tf.math.sigmoid(gates.output().get(0));
      Operand<TFloat32> candidate = tf.math.tanh(gates.output().get(2));
      Operand<TFloat32> written = SameShapeProduct.of(tf, input, candidate);
      c =
          c == null
              ? written
              : SameShapeProduct.sum(
                  tf, SameShapeProduct.of(tf, tf.math.sigmoid(gates.output().get(1)), c), written);
      h = SameShapeProduct.of(tf, tf.math.sigmoid(gates.output().get(3)), tf.math.tanh(c));
      hidden.add(h);
    }
    return tf.stack(hidden, Stack.axis(0L));
  }

  /** xW + b for every step at once, split into one [2, B, 4U] tensor per step. */
  private List<Operand<TFloat32>> inputProjections(
      Operand<TFloat32> inputs, Operand<TFloat32> kernels, Operand<TFloat32> bias) {
    int steps = spec.sequenceLength();
    Operand<TFloat32> flat =
        tf.reshape(inputs, tf.constant(new int[] {2, -1, spec.embeddingDim()}));
    Operand<TFloat32> projected =
        tf.math.add(tf.train.batchMatMul(flat, kernels, TFloat32.class), bias);
    Operand<TFloat32> perStep =
        tf.reshape(projected, tf.constant(new int[] {2, steps, -1, spec.gateUnits()}));
    Unstack<TFloat32> unstacked = tf.unstack(perStep, (long) steps, Unstack.axis(1L));
    return new ArrayList<>(unstacked.output());
  }

  private Operand<TFloat32> stackDirections(ModelVariables variables, String weight) {
    return tf.stack(
        List.of(
            variables.get(ModelLayout.FORWARD + weight),
            variables.get(ModelLayout.BACKWARD + weight)));
  }
}
