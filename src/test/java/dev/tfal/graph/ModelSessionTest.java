package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.ModelMismatchException;
import dev.tfal.metrics.BinaryMetrics;
import org.junit.jupiter.api.Test;

class ModelSessionTest {
  @Test
  void trainingOnAFixedBatchDrivesItsLossDown() {
    try (ModelSession session =
        ModelSession.open(
            TinyModels.SPEC,
            new OptimizerSpec("rmsprop", 0.01, 0.9, 1e-7),
            RuntimeConfig.defaults(),
            1)) {
      TokenBatch batch = TinyModels.randomBatch(TinyModels.SPEC, 16, 2);
      double before = loss(session, batch);
      for (int step = 0; step < 60; step++) {
        session.trainStep(batch);
      }
      double after = loss(session, batch);
      assertTrue(after < before * 0.5, "loss " + before + " -> " + after);
    }
  }

  @Test
  void sameSeedGivesBitIdenticalTraining() {
    float[] first = trainedLogits(4);
    float[] second = trainedLogits(4);
    assertArrayEquals(first, second);
  }

  @Test
  void dropoutOnlyOnTrainingPath() {
    ModelSpec spec = TinyModels.SPEC.withSequenceLength(12);
    ModelSpec withDropout =
        new ModelSpec(
            spec.vocabularySize(),
            spec.sequenceLength(),
            spec.embeddingDim(),
            spec.lstmUnits(),
            spec.denseUnits(),
            0.5);
    try (ModelSession session =
        ModelSession.open(withDropout, OptimizerSpec.defaults(), RuntimeConfig.defaults(), 3)) {
      TokenBatch batch = TinyModels.randomBatch(withDropout, 32, 4);
      assertArrayEquals(session.logits(batch.tokenIds(), 32), session.logits(batch.tokenIds(), 32));
      float[] sampled = session.logitsWithDropout(batch.tokenIds(), 32);
      float[] plain = session.logits(batch.tokenIds(), 32);
      int differing = 0;
      for (int i = 0; i < 32; i++) {
        differing += sampled[i] != plain[i] ? 1 : 0;
      }
      assertTrue(differing > 0, "dropout changed no logit");
    }
  }

  @Test
  void weightsRoundTripAndWrongLayoutIsRejected() {
    try (ModelSession session =
        ModelSession.open(TinyModels.SPEC, OptimizerSpec.defaults(), RuntimeConfig.defaults(), 3)) {
      ModelWeights other = ModelWeights.initial(TinyModels.SPEC, 99);
      session.load(other);
      assertEquals(0f, LstmGradientCheckTest.maxDifference(other, session.weights()));
      ModelWeights wrong = ModelWeights.initial(ModelSpec.reference(), 1);
      assertThrows(ModelMismatchException.class, () -> session.load(wrong));
    }
  }

  private static float[] trainedLogits(long seed) {
    ModelSpec spec = new ModelSpec(50, 12, 8, 4, 6, 0.5);
    try (ModelSession session =
        ModelSession.open(spec, OptimizerSpec.defaults(), RuntimeConfig.defaults(), seed)) {
      TokenBatch batch = TinyModels.randomBatch(spec, 16, 2);
      for (int step = 0; step < 3; step++) {
        session.trainStep(batch);
      }
      return session.logits(batch.tokenIds(), batch.size());
    }
  }

  private static double loss(ModelSession session, TokenBatch batch) {
    BinaryMetrics metrics = new BinaryMetrics();
    metrics.update(session.logits(batch.tokenIds(), batch.size()), batch.labels());
    return metrics.meanLoss();
  }
}
