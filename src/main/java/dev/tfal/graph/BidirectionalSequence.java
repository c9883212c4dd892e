package dev.tfal.graph;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * The bidirectional LSTM's sequence output: each direction's hidden state [B, U] at every step, the
 * backward direction's steps in the order it visited them (last token first).
 */
record BidirectionalSequence(List<Operand<TFloat32>> forward, List<Operand<TFloat32>> backward) {
  BidirectionalSequence {
    if (forward.size() != backward.size() || forward.isEmpty()) {
      throw new IllegalArgumentException(
          "directions need the same, non-zero number of steps: "
              + forward.size()
              + " and "
              + backward.size());
    }
    forward = List.copyOf(forward);
    backward = List.copyOf(backward);
  }
}
