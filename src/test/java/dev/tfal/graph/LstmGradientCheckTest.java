package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.metrics.BinaryMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finite-difference check of the graph's gradients on a tiny model (dropout off): for the
 * coordinates with the largest analytic gradient in every weight tensor, one-sided differences of
 * the loss must agree with the graph's gradient (at a kink of max-pool or ReLU, one of them must).
 */
class LstmGradientCheckTest {
  private static final double STEP = 1e-3;
  private static ModelSession session;
  private static TokenBatch batch;
  private static ModelWeights start;

  @BeforeAll
  static void open() {
    ModelSpec spec = TinyModels.SPEC.withSequenceLength(6);
    session = ModelSession.open(spec, OptimizerSpec.defaults(), RuntimeConfig.defaults(), 11);
    batch = TinyModels.randomBatch(spec, 3, 3);
    start = withPositiveDenseBias(session.weights());
    session.load(start);
  }

  @AfterAll
  static void close() {
    session.close();
  }

  @Test
  void everyWeightTensorMatchesFiniteDifferences() {
    ModelWeights analytic = session.gradients(batch);
    for (WeightSpec weight : start.specs()) {
      float[] gradient = analytic.values(weight.name());
      int smooth = 0;
      int[] coordinates = largest(gradient, 8);
      for (int index : coordinates) {
        double base = lossWith(weight.name(), index, 0);
        double right = (lossWith(weight.name(), index, STEP) - base) / STEP;
        double left = (base - lossWith(weight.name(), index, -STEP)) / STEP;
        session.load(start);
        String where =
            weight
                + "["
                + index
                + "]: left "
                + left
                + ", right "
                + right
                + ", analytic "
                + gradient[index];
        if (close(left, right)) {
          smooth++;
          assertTrue(close((left + right) / 2, gradient[index]), where);
        }
      }
      // A coordinate whose one-sided slopes differ sits on a kink (a max-pool or ReLU switch).
      int needed = Math.min(5, coordinates.length);
      assertTrue(
          smooth >= needed,
          weight + ": only " + smooth + " of " + coordinates.length + " coordinates are smooth");
    }
  }

  private static boolean close(double expected, double actual) {
    return Math.abs(expected - actual) <= 1e-4 + 0.02 * Math.abs(expected);
  }

  @Test
  void gradientsDoNotChangeWeights() {
    session.gradients(batch);
    assertEquals(0f, maxDifference(start, session.weights()));
  }

  private double lossWith(String name, int index, double delta) {
    List<float[]> arrays = new ArrayList<>();
    for (WeightSpec weight : start.specs()) {
      float[] values = start.values(weight.name());
      if (weight.name().equals(name)) {
        values[index] += (float) delta;
      }
      arrays.add(values);
    }
    session.load(ModelWeights.of(start.specs(), arrays));
    BinaryMetrics metrics = new BinaryMetrics();
    metrics.update(session.logits(batch.tokenIds(), batch.size()), batch.labels());
    return metrics.meanLoss();
  }

  /** Moves the hidden ReLUs away from their kink so that finite differences are meaningful. */
  private static ModelWeights withPositiveDenseBias(ModelWeights weights) {
    List<float[]> arrays = new ArrayList<>();
    for (WeightSpec weight : weights.specs()) {
      float[] values = weights.values(weight.name());
      if (weight.name().equals(ModelLayout.DENSE_BIAS)) {
        java.util.Arrays.fill(values, 0.5f);
      }
      arrays.add(values);
    }
    return ModelWeights.of(weights.specs(), arrays);
  }

  private static int[] largest(float[] values, int count) {
    return IntStream.range(0, values.length)
        .boxed()
        .sorted(Comparator.comparingDouble(i -> -Math.abs(values[i])))
        .limit(count)
        .mapToInt(Integer::intValue)
        .toArray();
  }

  static float maxDifference(ModelWeights a, ModelWeights b) {
    float max = 0;
    for (WeightSpec weight : a.specs()) {
      float[] x = a.values(weight.name());
      float[] y = b.values(weight.name());
      for (int i = 0; i < x.length; i++) {
        max = Math.max(max, Math.abs(x[i] - y[i]));
      }
    }
    return max;
  }
}
