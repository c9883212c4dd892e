package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrainConfigTest {
  @Test
  void defaultsAreTheReferenceSettings() {
    assertEquals(
        new TrainConfig(20, 256, 20_000, 1337, 4, Monitor.valLoss()), TrainConfig.defaults());
  }

  @Test
  void copiesChangeOneField() {
    TrainConfig config = TrainConfig.defaults();
    assertEquals(new TrainConfig(3, 256, 20_000, 1337, 4, Monitor.valLoss()), config.withEpochs(3));
    assertEquals(
        new TrainConfig(20, 16, 20_000, 1337, 4, Monitor.valLoss()), config.withBatchSize(16));
    assertEquals(new TrainConfig(20, 256, 20_000, 9, 4, Monitor.valLoss()), config.withSeed(9));
  }

  @Test
  void invalidValuesNameTheField() {
    assertEquals(
        "epochs must be > 0, got 0",
        message(() -> new TrainConfig(0, 16, 100, 1, 2, Monitor.valLoss())));
    assertEquals(
        "batchSize must be > 0, got -1",
        message(() -> new TrainConfig(1, -1, 100, 1, 2, Monitor.valLoss())));
    assertEquals(
        "shuffleBuffer must be > 0, got 0",
        message(() -> new TrainConfig(1, 16, 0, 1, 2, Monitor.valLoss())));
    assertEquals(
        "patience must be >= 0, got -2",
        message(() -> new TrainConfig(1, 16, 100, 1, -2, Monitor.valLoss())));
    assertEquals(
        "monitor must not be null", message(() -> new TrainConfig(1, 16, 100, 1, 2, null)));
  }

  private static String message(Runnable construct) {
    return assertThrows(IllegalArgumentException.class, construct::run).getMessage();
  }
}
