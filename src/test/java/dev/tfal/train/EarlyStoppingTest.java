package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.train.Monitor.Mode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final FakeContext context = new FakeContext(20, 4);

  @Test
  void stopsAfterPatienceEpochsWithoutImprovement() {
    EarlyStopping stopping = new EarlyStopping(Monitor.valLoss(), 4, log);
    int stoppedAt = context.feed(stopping, "val_loss", 0.5, 0.4, 0.45, 0.41, 0.42, 0.43, 0.39);
    assertEquals(5, stoppedAt);
    assertEquals(1, stopping.bestEpoch());
    assertEquals(List.of("early stopping, best epoch 2"), context.stopReasons());
    assertEquals("Epoch 6: early stopping, best epoch 2" + System.lineSeparator(), logged());
  }

  @Test
  void patienceZeroStopsAtTheFirstEpochWithoutImprovement() {
    EarlyStopping stopping = new EarlyStopping(Monitor.valLoss(), 0, log);
    assertEquals(2, context.feed(stopping, "val_loss", 0.5, 0.4, 0.41, 0.3));
    assertEquals(1, stopping.bestEpoch());
  }

  @Test
  void equalValueIsNoImprovement() {
    EarlyStopping stopping = new EarlyStopping(Monitor.valLoss(), 2, log);
    assertEquals(2, context.feed(stopping, "val_loss", 0.5, 0.5, 0.5, 0.4));
    assertEquals(0, stopping.bestEpoch());
  }

  @Test
  void anImprovementResetsTheWait() {
    EarlyStopping stopping = new EarlyStopping(Monitor.valLoss(), 2, log);
    assertEquals(-1, context.feed(stopping, "val_loss", 0.5, 0.6, 0.45, 0.5, 0.44, 0.46));
    assertEquals(4, stopping.bestEpoch());
    assertFalse(context.stopRequested());
    assertEquals("", logged());
  }

  @Test
  void aDecreaseOfAtMostMinDeltaDoesNotCount() {
    Monitor monitor = new Monitor("val_loss", Mode.MIN, 0.125);
    EarlyStopping stopping = new EarlyStopping(monitor, 1, log);
    assertEquals(1, context.feed(stopping, "val_loss", 0.5, 0.4375, 0.25));
    assertEquals(0, stopping.bestEpoch());
  }

  @Test
  void maxModeWatchesForIncreases() {
    Monitor monitor = new Monitor("val_binary_accuracy", Mode.MAX, 0);
    EarlyStopping stopping = new EarlyStopping(monitor, 2, log);
    assertEquals(3, context.feed(stopping, "val_binary_accuracy", 0.6, 0.7, 0.7, 0.65, 0.9));
    assertEquals(1, stopping.bestEpoch());
  }

  @Test
  void trainBeginResetsTheStateForAnotherFit() {
    EarlyStopping stopping = new EarlyStopping(Monitor.valLoss(), 2, log);
    assertEquals(3, context.feed(stopping, "val_loss", 0.3, 0.2, 0.25, 0.26));
    // A kept wait (2) or best (0.2) would stop the second fit at its first epoch.
    FakeContext second = new FakeContext(20, 4);
    assertEquals(3, second.feed(stopping, "val_loss", Double.NaN, 0.8, 0.85, 0.9));
    assertEquals(1, stopping.bestEpoch());
  }

  @Test
  void bestEpochIsMinusOneBeforeAnyEpoch() {
    EarlyStopping stopping = new EarlyStopping(Monitor.valLoss(), 1, log);
    stopping.onTrainBegin(context);
    assertEquals(-1, stopping.bestEpoch());
  }

  @Test
  void unknownMonitorFailsAtTrainBeginListingTheKeys() {
    EarlyStopping stopping = new EarlyStopping(new Monitor("val_auc", Mode.MAX, 0), 2, log);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> stopping.onTrainBegin(context));
    assertTrue(
        e.getMessage()
            .startsWith(
                "early stopping monitors 'val_auc', which is not a metric of this fit; metrics: ["),
        e.getMessage());
    for (String key : FakeContext.FIT_KEYS) {
      assertTrue(e.getMessage().contains(key), key + " missing in: " + e.getMessage());
    }
  }

  @Test
  void negativePatienceIsRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new EarlyStopping(Monitor.valLoss(), -1, log));
    assertEquals("patience must be >= 0, got -1", e.getMessage());
  }

  private String logged() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
