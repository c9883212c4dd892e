package dev.tfal.graph;

import java.util.List;

/**
 * The trainable weights of a {@link ModelSpec}, in a fixed order that every graph, checkpoint and
 * export uses, with Keras' layer names.
 */
public final class ModelLayout {
  public static final String EMBEDDING = "embedding/embeddings";
  public static final String FORWARD = "bidirectional/forward_lstm/";
  public static final String BACKWARD = "bidirectional/backward_lstm/";
  public static final String DENSE_KERNEL = "dense/kernel";
  public static final String DENSE_BIAS = "dense/bias";
  public static final String OUTPUT_KERNEL = "dense_1/kernel";
  public static final String OUTPUT_BIAS = "dense_1/bias";

  private ModelLayout() {}

  /** All trainable weights of the model, embedding first, output bias last. */
  public static List<WeightSpec> weights(ModelSpec spec) {
    long e = spec.embeddingDim();
    long u = spec.lstmUnits();
    long g = spec.gateUnits();
    long d = spec.denseUnits();
    return List.of(
        new WeightSpec(EMBEDDING, new long[] {spec.vocabularySize(), e}, WeightInit.UNIFORM_005),
        new WeightSpec(FORWARD + "kernel", new long[] {e, g}, WeightInit.GLOROT_UNIFORM),
        new WeightSpec(FORWARD + "recurrent_kernel", new long[] {u, g}, WeightInit.ORTHOGONAL),
        new WeightSpec(FORWARD + "bias", new long[] {g}, WeightInit.LSTM_UNIT_FORGET_BIAS),
        new WeightSpec(BACKWARD + "kernel", new long[] {e, g}, WeightInit.GLOROT_UNIFORM),
        new WeightSpec(BACKWARD + "recurrent_kernel", new long[] {u, g}, WeightInit.ORTHOGONAL),
        new WeightSpec(BACKWARD + "bias", new long[] {g}, WeightInit.LSTM_UNIT_FORGET_BIAS),
        new WeightSpec(
            DENSE_KERNEL, new long[] {spec.bidirectionalUnits(), d}, WeightInit.GLOROT_UNIFORM),
        new WeightSpec(DENSE_BIAS, new long[] {d}, WeightInit.ZEROS),
        new WeightSpec(
            OUTPUT_KERNEL, new long[] {d, spec.outputUnits()}, WeightInit.GLOROT_UNIFORM),
        new WeightSpec(OUTPUT_BIAS, new long[] {spec.outputUnits()}, WeightInit.ZEROS));
  }

  /** Total trainable parameters. */
  public static long parameterCount(ModelSpec spec) {
    return weights(spec).stream().mapToLong(WeightSpec::size).sum();
  }
}
