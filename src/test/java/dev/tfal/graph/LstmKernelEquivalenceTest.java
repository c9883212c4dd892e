package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every LSTM kernel is the same function of the same weights: logits, gradients and one optimizer
 * step agree between each projected layout (projected, projected-batched) and the plain unrolled
 * baseline.
 */
class LstmKernelEquivalenceTest {
  private static final ModelSpec SPEC = new ModelSpec(40, 7, 6, 5, 4, 0.0);

  @ParameterizedTest
  @EnumSource(
      value = LstmKernel.class,
      names = {"PROJECTED", "PROJECTED_BATCHED"})
  void logitsAndGradientsAgreeWithTheUnrolledBaseline(LstmKernel kernel) {
    TokenBatch batch = TinyModels.randomBatch(SPEC, 9, 5);
    try (ModelSession projected = open(kernel);
        ModelSession unrolled = open(LstmKernel.UNROLLED)) {
      ModelWeights weights = projected.weights();
      unrolled.load(weights);
      float[] a = projected.logits(batch.tokenIds(), batch.size());
      float[] b = unrolled.logits(batch.tokenIds(), batch.size());
      for (int i = 0; i < a.length; i++) {
        assertEquals(a[i], b[i], 1e-5, kernel + " logit " + i);
      }
      assertTrue(
          LstmGradientCheckTest.maxDifference(projected.gradients(batch), unrolled.gradients(batch))
              < 1e-5,
          kernel + " gradients differ");
      projected.trainStep(batch);
      unrolled.trainStep(batch);
      assertTrue(
          LstmGradientCheckTest.maxDifference(projected.weights(), unrolled.weights()) < 1e-5,
          kernel + " weights after one step differ");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = LstmKernel.class,
      names = {"PROJECTED", "PROJECTED_BATCHED"})
  void inferenceSessionsAgreeWithTheUnrolledBaseline(LstmKernel kernel) {
    TokenBatch batch = TinyModels.randomBatch(SPEC, 4, 8);
    ModelWeights weights = ModelWeights.initial(SPEC, 3);
    try (InferenceSession projected =
            InferenceSession.open(SPEC, weights, RuntimeConfig.defaults().withLstmKernel(kernel));
        InferenceSession unrolled =
            InferenceSession.open(
                SPEC, weights, RuntimeConfig.defaults().withLstmKernel(LstmKernel.UNROLLED))) {
      float[] a = projected.logits(batch.tokenIds(), batch.size());
      float[] b = unrolled.logits(batch.tokenIds(), batch.size());
      for (int i = 0; i < a.length; i++) {
        assertEquals(a[i], b[i], 1e-5, kernel + " logit " + i);
      }
    }
  }

  @Test
  void labelsRoundTripAndUnknownLabelsAreRejected() {
    for (LstmKernel kernel : LstmKernel.values()) {
      assertEquals(kernel, LstmKernel.fromLabel(kernel.label()));
    }
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> LstmKernel.fromLabel("cudnn"));
    assertTrue(error.getMessage().contains("cudnn"), error.getMessage());
  }

  private static ModelSession open(LstmKernel kernel) {
    return ModelSession.open(
        SPEC, OptimizerSpec.defaults(), RuntimeConfig.defaults().withLstmKernel(kernel), 21);
  }
}
