package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.error.RuntimeFailureException;
import dev.tfal.metrics.BinaryScores;
import org.junit.jupiter.api.Test;

class NonFiniteLossGuardTest {
  private final NonFiniteLossGuard guard = new NonFiniteLossGuard();
  private final FakeContext context = new FakeContext(5, 10);

  @Test
  void nanLossFailsNamingEpochAndBatch() {
    guard.onEpochBegin(1, context);
    TrainingDivergedException e =
        assertThrows(
            TrainingDivergedException.class,
            () -> guard.onBatchEnd(4, withLoss(Double.NaN), context));
    assertEquals(
        "training loss became NaN at epoch 2, batch 5; lower the learning rate or "
            + "check the input data",
        e.getMessage());
    assertInstanceOf(RuntimeFailureException.class, e);
  }

  @Test
  void infiniteLossFails() {
    guard.onEpochBegin(0, context);
    TrainingDivergedException e =
        assertThrows(
            TrainingDivergedException.class,
            () -> guard.onBatchEnd(0, withLoss(Double.POSITIVE_INFINITY), context));
    assertEquals(
        "training loss became Infinity at epoch 1, batch 1; lower the learning rate or "
            + "check the input data",
        e.getMessage());
    assertThrows(
        TrainingDivergedException.class,
        () -> guard.onBatchEnd(2, withLoss(Double.NEGATIVE_INFINITY), context));
  }

  @Test
  void finiteLossPasses() {
    guard.onEpochBegin(0, context);
    assertDoesNotThrow(() -> guard.onBatchEnd(0, withLoss(0.6931), context));
    assertDoesNotThrow(() -> guard.onBatchEnd(1, withLoss(1e30), context));
    assertDoesNotThrow(() -> guard.onBatchEnd(2, withLoss(0.0), context));
  }

  private static EpochLogs withLoss(double loss) {
    return EpochLogs.of(new BinaryScores(loss, 0.5, 1, 1, 4).toLogs(""));
  }
}
