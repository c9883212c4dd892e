package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The optimizer step follows Keras 3's RMSprop: velocity from 0, epsilon inside the root. */
class RmsPropUpdateTest {
  // A large epsilon makes "inside the root" (Keras 3) and "after the root" differ clearly.
  private static final OptimizerSpec RMSPROP = new OptimizerSpec("rmsprop", 0.01, 0.9, 1e-3);

  @Test
  void twoStepsMatchKerasFormulaAndResetRestartsVelocity() {
    try (ModelSession session =
        ModelSession.open(TinyModels.SPEC, RMSPROP, RuntimeConfig.defaults(), 5)) {
      TokenBatch batch = TinyModels.randomBatch(TinyModels.SPEC, 6, 9);
      String name = ModelLayout.FORWARD + "recurrent_kernel";
      float[] w0 = session.weights().values(name);
      float[] g0 = session.gradients(batch).values(name);
      session.trainStep(batch);
      float[] w1 = session.weights().values(name);
      double[] velocity = new double[w0.length];
      assertStep(w0, g0, velocity, w1);

      float[] g1 = session.gradients(batch).values(name);
      session.trainStep(batch);
      float[] w2 = session.weights().values(name);
      assertStep(w1, g1, velocity, w2);

      session.resetOptimizer();
      float[] g2 = session.gradients(batch).values(name);
      session.trainStep(batch);
      assertStep(w2, g2, new double[w0.length], session.weights().values(name));
    }
  }

  private static void assertStep(float[] before, float[] grad, double[] velocity, float[] after) {
    for (int i = 0; i < before.length; i++) {
      velocity[i] = RMSPROP.rho() * velocity[i] + (1 - RMSPROP.rho()) * grad[i] * grad[i];
      double expected =
          before[i] - RMSPROP.learningRate() * grad[i] / Math.sqrt(velocity[i] + RMSPROP.epsilon());
      assertEquals(expected, after[i], 1e-5, "weight " + i);
    }
  }
}
