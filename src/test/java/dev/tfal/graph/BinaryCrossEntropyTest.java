package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.framework.op.FrameworkOps;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * tfal's hand-built binary cross-entropy against tensorflow-framework's {@code
 * sigmoidCrossEntropyWithLogits}: the same loss bits, gradients equal to float rounding. tfal keeps
 * its own op because the framework's gradient sums its terms in another order. At a logit of
 * exactly 0 they differ by 0.5 / batch (relu and abs give tfal's form gradient 0 there, the
 * framework's select gives the true derivative), so the probe's logits are never 0.
 */
class BinaryCrossEntropyTest {
  private static final int ROWS = 4096;

  /** Largest gradient difference allowed, as a fraction of one example's weight 1 / ROWS. */
  private static final double GRADIENT_TOLERANCE = 1e-6;

  @Test
  void lossIsBitIdenticalAndGradientsAgreeWithTheFrameworkOp() {
    float[][] logits = LossProbe.logits(ROWS, 1, 11);
    float[] labels = LossProbe.binaryLabels(ROWS, 12);
    LossProbe.Value tfal = LossProbe.run(logits, (tf, x) -> tfalLoss(tf, labels, x));
    LossProbe.Value framework = LossProbe.run(logits, (tf, x) -> frameworkLoss(tf, labels, x));
    assertEquals(
        Float.floatToIntBits(framework.loss()), Float.floatToIntBits(tfal.loss()), "loss bits");
    for (int i = 0; i < ROWS; i++) {
      assertEquals(
          framework.gradient()[i][0],
          tfal.gradient()[i][0],
          GRADIENT_TOLERANCE / ROWS,
          "gradient at logit " + logits[i][0] + ", label " + labels[i]);
    }
  }

  @Test
  void lossMatchesTheDoublePrecisionFormula() {
    float[][] logits = LossProbe.logits(ROWS, 1, 21);
    float[] labels = LossProbe.binaryLabels(ROWS, 22);
    double sum = 0;
    for (int i = 0; i < ROWS; i++) {
      double x = logits[i][0];
      sum += Math.max(x, 0) - x * labels[i] + Math.log1p(Math.exp(-Math.abs(x)));
    }
    float loss = LossProbe.run(logits, (tf, x) -> tfalLoss(tf, labels, x)).loss();
    assertEquals(sum / ROWS, loss, 1e-6);
  }

  private static Operand<TFloat32> tfalLoss(Ops tf, float[] labels, Operand<TFloat32> column) {
    return BinaryCrossEntropy.fromLogits(tf, tf.constant(labels), flat(tf, column));
  }

  private static Operand<TFloat32> frameworkLoss(Ops tf, float[] labels, Operand<TFloat32> column) {
    Operand<TFloat32> perExample =
        FrameworkOps.create(tf)
            .nn
            .sigmoidCrossEntropyWithLogits(tf.constant(labels), flat(tf, column));
    return tf.math.mean(perExample, tf.constant(0));
  }

  /** [n, 1] to [n], as the model reshapes its output column. */
  private static Operand<TFloat32> flat(Ops tf, Operand<TFloat32> column) {
    return tf.reshape(column, tf.constant(new int[] {-1}));
  }
}
