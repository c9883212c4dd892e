package dev.tfal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BinaryScoresTest {
  private final BinaryScores scores = new BinaryScores(0.4123, 0.8125, 3, 1, 16);

  @Test
  void logsUseKerasNamesInOrder() {
    Map<String, Double> logs = scores.toLogs("");
    assertEquals(
        List.of("loss", "binary_accuracy", "false_negatives", "false_positives"),
        List.copyOf(logs.keySet()));
    assertEquals(List.of(0.4123, 0.8125, 3.0, 1.0), List.copyOf(logs.values()));
  }

  @Test
  void validationLogsArePrefixed() {
    Map<String, Double> logs = scores.toLogs(MetricKeys.VALIDATION_PREFIX);
    assertEquals(
        List.of("val_loss", "val_binary_accuracy", "val_false_negatives", "val_false_positives"),
        List.copyOf(logs.keySet()));
    assertEquals(0.4123, logs.get("val_loss"));
    assertEquals(3.0, logs.get("val_false_negatives"));
  }

  @Test
  void validationKeyOfAMetric() {
    assertEquals("val_loss", MetricKeys.validation(MetricKeys.LOSS));
    assertEquals("val_binary_accuracy", MetricKeys.validation(MetricKeys.BINARY_ACCURACY));
  }

  @Test
  void negativeExampleCountIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new BinaryScores(0, 0, 0, 0, -1));
    assertEquals("examples must be >= 0, got -1", e.getMessage());
  }
}
