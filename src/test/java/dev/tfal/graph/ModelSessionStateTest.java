package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a resumed fit relies on: the optimizer state can be read and restored, and dropout masks
 * depend only on the dropout key and the run's position after {@link ModelSession#seedDropout}.
 */
class ModelSessionStateTest {
  private static final ModelSpec SPEC =
      new ModelSpec(50, 12, 8, 4, 6, 0.5); // dropout on, so that masks matter
  private static final RuntimeConfig RUNTIME = new RuntimeConfig(1, 1);

  @Test
  void aSecondSessionGivenWeightsAndOptimizerStateTrainsOnIdentically() {
    TokenBatch first = TinyModels.randomBatch(SPEC, 8, 1);
    TokenBatch second = TinyModels.randomBatch(SPEC, 8, 2);
    try (ModelSession original = open(3);
        ModelSession copy = open(42)) {
      original.seedDropout(10);
      original.trainStep(first);
      original.trainStep(second);
      ModelWeights velocities = original.optimizerState();
      assertFalse(isZero(velocities), "two steps left no optimizer state");
      copy.load(original.weights());
      copy.loadOptimizerState(velocities);
      assertWeightsEqual(velocities, copy.optimizerState());

      original.seedDropout(11);
      copy.seedDropout(11);
      assertArrayEquals(original.trainStep(first), copy.trainStep(first));
      assertWeightsEqual(original.weights(), copy.weights());
      assertWeightsEqual(original.optimizerState(), copy.optimizerState());
    }
  }

  @Test
  void resetOptimizerZeroesTheState() {
    try (ModelSession session = open(3)) {
      session.trainStep(TinyModels.randomBatch(SPEC, 8, 1));
      session.resetOptimizer();
      assertTrue(isZero(session.optimizerState()), "velocities left after a reset");
    }
  }

  @Test
  void dropoutMasksFollowTheKeyAndTheCountAfterIt() {
    TokenBatch batch = TinyModels.randomBatch(SPEC, 32, 4);
    try (ModelSession a = open(3);
        ModelSession b = open(3)) {
      a.logitsWithDropout(batch.tokenIds(), 32); // history before the seeding must not matter
      a.seedDropout(5);
      b.seedDropout(5);
      float[] a0 = a.logitsWithDropout(batch.tokenIds(), 32);
      float[] a1 = a.logitsWithDropout(batch.tokenIds(), 32);
      assertArrayEquals(a0, b.logitsWithDropout(batch.tokenIds(), 32));
      assertArrayEquals(a1, b.logitsWithDropout(batch.tokenIds(), 32));
      assertFalse(Arrays.equals(a0, a1), "consecutive runs drew the same masks");
      b.seedDropout(6);
      assertFalse(Arrays.equals(a0, b.logitsWithDropout(batch.tokenIds(), 32)), "key ignored");
    }
  }

  private static ModelSession open(long seed) {
    return ModelSession.open(SPEC, OptimizerSpec.defaults(), RUNTIME, seed);
  }

  private static boolean isZero(ModelWeights weights) {
    List<float[]> arrays = weights.arrays();
    for (float[] array : arrays) {
      for (float value : array) {
        if (value != 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static void assertWeightsEqual(ModelWeights expected, ModelWeights actual) {
    assertEquals(expected.specs(), actual.specs());
    for (int i = 0; i < expected.specs().size(); i++) {
      assertArrayEquals(
          expected.arrays().get(i), actual.arrays().get(i), expected.specs().get(i).name());
    }
  }
}
