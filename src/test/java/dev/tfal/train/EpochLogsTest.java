package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpochLogsTest {
  @Test
  void unknownKeyListsTheKeys() {
    EpochLogs logs = EpochLogs.of(ordered("loss", 0.5, "val_loss", 0.75));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> logs.get("val_auc"));
    assertEquals("no metric 'val_auc'; metrics: [loss, val_loss]", e.getMessage());
    assertTrue(logs.has("loss"));
    assertFalse(logs.has("val_auc"));
  }

  @Test
  void withAddsAndLaterEntriesWin() {
    EpochLogs logs = EpochLogs.of(ordered("loss", 0.5, "binary_accuracy", 0.25));
    EpochLogs merged = logs.with(ordered("binary_accuracy", 0.75, "val_loss", 1.0));
    assertEquals(List.of("loss", "binary_accuracy", "val_loss"), List.copyOf(merged.keys()));
    assertEquals(0.75, merged.get("binary_accuracy"));
    assertEquals(0.25, logs.get("binary_accuracy"), "the original is unchanged");
  }

  @Test
  void logsAreImmutableCopies() {
    Map<String, Double> source = new HashMap<>(Map.of("loss", 0.5));
    EpochLogs logs = EpochLogs.of(source);
    source.put("loss", 9.0);
    assertEquals(0.5, logs.get("loss"));
    assertThrows(UnsupportedOperationException.class, () -> logs.asMap().put("loss", 1.0));
  }

  private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
    Map<String, Double> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
