package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The K-class loss equals {@code -sum y log softmax(x)} and its gradient {@code (softmax(x) - y) /
 * B}, computed here in double precision; with two classes it is the binary loss of the logit
 * difference.
 */
class CategoricalCrossEntropyTest {
  private static final int ROWS = 512;
  private static final int CLASSES = 5;

  @Test
  void lossAndGradientMatchTheDoublePrecisionSoftmax() {
    float[][] logits = LossProbe.logits(ROWS, CLASSES, 31);
    float[][] labels = oneHot(ROWS, CLASSES, 32);
    LossProbe.Value value = LossProbe.run(logits, (tf, x) -> loss(tf, labels, x));
    double sum = 0;
    for (int i = 0; i < ROWS; i++) {
      double[] logSoftmax = logSoftmax(logits[i]);
      for (int k = 0; k < CLASSES; k++) {
        sum -= labels[i][k] * logSoftmax[k];
        double expected = (Math.exp(logSoftmax[k]) - labels[i][k]) / ROWS;
        assertEquals(expected, value.gradient()[i][k], 1e-6 / ROWS, "gradient " + i + "," + k);
      }
    }
    assertEquals(sum / ROWS, value.loss(), 1e-5 * (sum / ROWS), "loss");
  }

  @Test
  void twoClassesGiveTheBinaryLossOfTheLogitDifference() {
    float[][] binaryLogits = LossProbe.logits(ROWS, 1, 41);
    float[] binaryLabels = LossProbe.binaryLabels(ROWS, 42);
    float[][] logits = new float[ROWS][];
    float[][] labels = new float[ROWS][];
    for (int i = 0; i < ROWS; i++) {
      logits[i] = new float[] {0f, binaryLogits[i][0]};
      labels[i] = new float[] {1f - binaryLabels[i], binaryLabels[i]};
    }
    float categorical = LossProbe.run(logits, (tf, x) -> loss(tf, labels, x)).loss();
    float binary =
        LossProbe.run(
                binaryLogits,
                (tf, x) ->
                    BinaryCrossEntropy.fromLogits(
                        tf, tf.constant(binaryLabels), tf.reshape(x, tf.constant(new int[] {-1}))))
            .loss();
    assertEquals(binary, categorical, 1e-5 * binary);
  }

  @Test
  void saturatedLogitsStayFinite() {
    float[][] logits = {{1000f, -1000f, 0f}, {-1000f, 1000f, 999f}};
    float[][] labels = {{0f, 1f, 0f}, {0f, 0f, 1f}};
    LossProbe.Value value = LossProbe.run(logits, (tf, x) -> loss(tf, labels, x));
    assertEquals((2000.0 + 1.0 + Math.log1p(Math.exp(-1))) / 2, value.loss(), 1e-3);
    for (float[] row : value.gradient()) {
      for (float g : row) {
        assertTrue(Float.isFinite(g), "gradient " + g);
      }
    }
  }

  private static Operand<TFloat32> loss(Ops tf, float[][] labels, Operand<TFloat32> logits) {
    return CategoricalCrossEntropy.fromLogits(tf, tf.constant(labels), logits);
  }

  private static double[] logSoftmax(float[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (float x : logits) {
      max = Math.max(max, x);
    }
    double sum = 0;
    for (float x : logits) {
      sum += Math.exp(x - max);
    }
    double logSum = max + Math.log(sum);
    double[] result = new double[logits.length];
    for (int k = 0; k < logits.length; k++) {
      result[k] = logits[k] - logSum;
    }
    return result;
  }

  private static float[][] oneHot(int rows, int classes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[][] labels = new float[rows][classes];
    for (float[] row : labels) {
      row[random.nextInt(classes)] = 1f;
    }
    return labels;
  }
}
