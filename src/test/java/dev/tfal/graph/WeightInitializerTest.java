package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightInitializerTest {
  private final ModelWeights weights = ModelWeights.initial(ModelSpec.reference(), 7);

  @Test
  void recurrentKernelRowsAreOrthonormal() {
    float[] kernel = weights.values(ModelLayout.FORWARD + "recurrent_kernel");
    int rows = 32;
    int cols = 128;
    for (int a = 0; a < rows; a++) {
      for (int b = 0; b < rows; b++) {
        double dot = 0;
        for (int k = 0; k < cols; k++) {
          dot += kernel[a * cols + k] * kernel[b * cols + k];
        }
        assertEquals(a == b ? 1.0 : 0.0, dot, 1e-5, "rows " + a + "," + b);
      }
    }
  }

  @Test
  void lstmBiasHasUnitForgetGateOnly() {
    float[] bias = weights.values(ModelLayout.BACKWARD + "bias");
    for (int i = 0; i < bias.length; i++) {
      assertEquals(i >= 32 && i < 64 ? 1f : 0f, bias[i], "bias[" + i + "]");
    }
  }

  @Test
  void kernelsStayWithinGlorotAndEmbeddingLimits() {
    double glorot = Math.sqrt(6.0 / (128 + 128));
    for (float v : weights.values(ModelLayout.FORWARD + "kernel")) {
      assertTrue(Math.abs(v) <= glorot, "kernel value " + v);
    }
    for (float v : weights.values(ModelLayout.EMBEDDING)) {
      assertTrue(Math.abs(v) <= 0.05f, "embedding value " + v);
    }
    assertArrayEquals(new float[20], weights.values(ModelLayout.DENSE_BIAS));
  }

  @Test
  void sameSeedSameWeightsOtherSeedOtherWeights() {
    ModelWeights again = ModelWeights.initial(ModelSpec.reference(), 7);
    ModelWeights other = ModelWeights.initial(ModelSpec.reference(), 8);
    assertArrayEquals(
        weights.values(ModelLayout.DENSE_KERNEL), again.values(ModelLayout.DENSE_KERNEL));
    assertTrue(
        weights.values(ModelLayout.DENSE_KERNEL)[0] != other.values(ModelLayout.DENSE_KERNEL)[0]);
  }
}
