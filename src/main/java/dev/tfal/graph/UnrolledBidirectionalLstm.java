package dev.tfal.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Unstack;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Embedding followed by a bidirectional LSTM in the {@link LstmKernel#UNROLLED} layout: the plain
 * unrolled graph, each direction on its own, each step one MatMul of {@code [x_t, h]} with the
 * stacked {@code [W; U]} kernels. The same function as {@link BidirectionalLstmLayer}; kept as the
 * speed baseline the benchmark measures against.
 */
final class UnrolledBidirectionalLstm {
  private final Ops tf;
  private final ModelSpec spec;

  UnrolledBidirectionalLstm(Ops tf, ModelSpec spec) {
    this.tf = tf.withSubScope("bidirectional");
    this.spec = spec;
  }

  /** Token ids [B, T] to every step's hidden state of each direction. */
  BidirectionalSequence apply(Operand<TInt32> tokenIds, ModelVariables variables) {
    Operand<TFloat32> embedded =
        tf.gather(variables.get(ModelLayout.EMBEDDING), tokenIds, tf.constant(0));
    Unstack<TFloat32> steps = tf.unstack(embedded, (long) spec.sequenceLength(), Unstack.axis(1L));
    List<Operand<TFloat32>> inputs = new ArrayList<>(steps.output());
    List<Operand<TFloat32>> reversed = new ArrayList<>(inputs);
    Collections.reverse(reversed);
    return new BidirectionalSequence(
        direction(inputs, variables, ModelLayout.FORWARD),
        direction(reversed, variables, ModelLayout.BACKWARD));
  }

  private List<Operand<TFloat32>> direction(
      List<Operand<TFloat32>> inputs, ModelVariables variables, String prefix) {
    Operand<TFloat32> kernel = variables.get(prefix + "kernel");
    Operand<TFloat32> recurrent = variables.get(prefix + "recurrent_kernel");
    Operand<TFloat32> stacked = tf.concat(List.of(kernel, recurrent), tf.constant(0));
    Operand<TFloat32> bias = variables.get(prefix + "bias");
    LstmCell cell = new LstmCell(tf);
    List<Operand<TFloat32>> hidden = new ArrayList<>(inputs.size());
    for (Operand<TFloat32> x : inputs) {
      Operand<TFloat32> h = cell.hidden();
      Operand<TFloat32> z =
          h == null
              ? tf.linalg.matMul(x, kernel)
              : tf.linalg.matMul(tf.concat(List.of(x, h), tf.constant(1)), stacked);
      hidden.add(cell.step(tf.math.add(z, bias)));
    }
    return hidden;
  }
}
