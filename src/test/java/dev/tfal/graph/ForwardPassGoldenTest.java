package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The graph's forward pass equals a plain-Java implementation of the Keras layers, written directly
 * from Keras' definitions: Embedding, Bidirectional(LSTM(return_sequences=True)) with gates (i, f,
 * c, o), GlobalMaxPool1D, Dense(relu), Dense(1). Tolerance 1e-5 on logits. Initial weights have
 * zero dense biases, so the second test also sets every weight and bias to a random non-zero value
 * (a layer that dropped its bias would pass the first), for every LSTM kernel.
 */
class ForwardPassGoldenTest {
  private static final ModelSpec SPEC = new ModelSpec(30, 7, 5, 3, 4, 0.5);

  @Test
  void graphLogitsEqualPlainJavaKerasSemantics() {
    ModelWeights weights = ModelWeights.initial(SPEC, 21);
    TokenBatch batch = TinyModels.randomBatch(SPEC, 5, 8);
    try (ModelSession session =
        ModelSession.open(SPEC, OptimizerSpec.defaults(), RuntimeConfig.defaults(), 1)) {
      session.load(weights);
      float[] graph = session.logits(batch.tokenIds(), batch.size());
      for (int row = 0; row < batch.size(); row++) {
        int[] ids = new int[SPEC.sequenceLength()];
        System.arraycopy(batch.tokenIds(), row * ids.length, ids, 0, ids.length);
        assertEquals(referenceLogit(weights, ids), graph[row], 1e-5, "row " + row);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(LstmKernel.class)
  void graphLogitsEqualPlainJavaWithNonZeroWeightsAndBiases(LstmKernel kernel) {
    ModelWeights weights = nonZeroWeights(77);
    for (String bias :
        List.of(ModelLayout.DENSE_BIAS, ModelLayout.OUTPUT_BIAS, ModelLayout.FORWARD + "bias")) {
      for (float value : weights.values(bias)) {
        assertTrue(Math.abs(value) >= 0.05, bias + " has a value near 0: " + value);
      }
    }
    TokenBatch batch = TinyModels.randomBatch(SPEC, 6, 9);
    RuntimeConfig runtime = RuntimeConfig.defaults().withLstmKernel(kernel);
    try (ModelSession session = ModelSession.open(SPEC, OptimizerSpec.defaults(), runtime, 1)) {
      session.load(weights);
      float[] graph = session.logits(batch.tokenIds(), batch.size());
      for (int row = 0; row < batch.size(); row++) {
        int[] ids = new int[SPEC.sequenceLength()];
        System.arraycopy(batch.tokenIds(), row * ids.length, ids, 0, ids.length);
        assertEquals(referenceLogit(weights, ids), graph[row], 1e-5, kernel + " row " + row);
      }
    }
  }

  /** Every value uniform in +-[0.05, 0.55]: no weight or bias is zero. */
  private static ModelWeights nonZeroWeights(long seed) {
    Random random = new Random(seed);
    List<WeightSpec> specs = ModelLayout.weights(SPEC);
    List<float[]> arrays = new ArrayList<>();
    for (WeightSpec weight : specs) {
      float[] values = new float[weight.size()];
      for (int i = 0; i < values.length; i++) {
        float magnitude = 0.05f + 0.5f * random.nextFloat();
        values[i] = random.nextBoolean() ? magnitude : -magnitude;
      }
      arrays.add(values);
    }
    return ModelWeights.of(specs, arrays);
  }

  private static double referenceLogit(ModelWeights w, int[] ids) {
    int steps = ids.length;
    int e = SPEC.embeddingDim();
    double[][] x = new double[steps][e];
    float[] table = w.values(ModelLayout.EMBEDDING);
    for (int t = 0; t < steps; t++) {
      for (int k = 0; k < e; k++) {
        x[t][k] = table[ids[t] * e + k];
      }
    }
    double[][] forward = lstm(w, ModelLayout.FORWARD, x);
    double[][] reversed = new double[steps][];
    for (int t = 0; t < steps; t++) {
      reversed[t] = x[steps - 1 - t];
    }
    double[][] backward = lstm(w, ModelLayout.BACKWARD, reversed);
    int u = SPEC.lstmUnits();
    double[] pooled = new double[2 * u];
    java.util.Arrays.fill(pooled, Double.NEGATIVE_INFINITY);
    for (int t = 0; t < steps; t++) {
      for (int j = 0; j < u; j++) {
        pooled[j] = Math.max(pooled[j], forward[t][j]);
        pooled[u + j] = Math.max(pooled[u + j], backward[t][j]);
      }
    }
    double[] hidden =
        dense(
            pooled,
            w.values(ModelLayout.DENSE_KERNEL),
            w.values(ModelLayout.DENSE_BIAS),
            SPEC.denseUnits());
    for (int j = 0; j < hidden.length; j++) {
      hidden[j] = Math.max(0, hidden[j]);
    }
    return dense(hidden, w.values(ModelLayout.OUTPUT_KERNEL), w.values(ModelLayout.OUTPUT_BIAS), 1)[
        0];
  }

  /** Keras LSTM: z = x W + h U + b; i, f, c, o = split(z); c = f c + i tanh(c~); h = o tanh(c). */
  private static double[][] lstm(ModelWeights w, String prefix, double[][] x) {
    int u = SPEC.lstmUnits();
    float[] kernel = w.values(prefix + "kernel");
    float[] recurrent = w.values(prefix + "recurrent_kernel");
    float[] bias = w.values(prefix + "bias");
    double[] h = new double[u];
    double[] c = new double[u];
    double[][] out = new double[x.length][];
    for (int t = 0; t < x.length; t++) {
      double[] z = new double[4 * u];
      for (int g = 0; g < 4 * u; g++) {
        double sum = bias[g];
        for (int k = 0; k < x[t].length; k++) {
          sum += x[t][k] * kernel[k * 4 * u + g];
        }
        for (int k = 0; k < u; k++) {
          sum += h[k] * recurrent[k * 4 * u + g];
        }
        z[g] = sum;
      }
      double[] next = new double[u];
      for (int j = 0; j < u; j++) {
        double input = sigmoid(z[j]);
        double forget = sigmoid(z[u + j]);
        double candidate = Math.tanh(z[2 * u + j]);
        double output = sigmoid(z[3 * u + j]);
        c[j] = forget * c[j] + input * candidate;
        next[j] = output * Math.tanh(c[j]);
      }
      h = next;
      out[t] = next;
    }
    return out;
  }

  private static double[] dense(double[] in, float[] kernel, float[] bias, int units) {
    double[] out = new double[units];
    for (int j = 0; j < units; j++) {
      double sum = bias[j];
      for (int k = 0; k < in.length; k++) {
        sum += in[k] * kernel[k * units + j];
      }
      out[j] = sum;
    }
    return out;
  }

  private static double sigmoid(double v) {
    return 1 / (1 + Math.exp(-v));
  }
}
