package dev.tfal.graph;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/** Embedding lookup: integer ids of any shape to rows of the embedding table. */
final class EmbeddingLayer {
  private EmbeddingLayer() {}

  static Operand<TFloat32> lookup(Ops tf, Operand<TFloat32> table, Operand<TInt32> ids) {
    return tf.withSubScope("embedding").gather(table, ids, tf.constant(0));
  }
}
