/**
 * The classifier as a TensorFlow graph: the architecture spec, one small builder per layer, the
 * Keras-semantics RMSprop update and the session that owns graph and runtime. This is the only
 * package that creates TensorFlow ops.
 */
package dev.tfal.graph;
