package dev.tfal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.metrics.BinaryScores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsReportTest {
  @TempDir Path tmp;

  @Test
  void tableAlignsKeysAndPrintsFractionsWithFourDecimals() {
    Map<String, Object> report =
        new LinkedHashMap<>(MetricsReport.testMetrics(new BinaryScores(0.123456, 0.875, 3, 1, 32)));
    report.put("test_examples", 32);

    assertEquals(
        List.of(
            "loss                   0.1235",
            "binary_accuracy        0.8750",
            "false_negatives        3",
            "false_positives        1",
            "test_examples          32"),
        MetricsReport.table(report).lines().toList());
  }

  @Test
  void jsonAndTheMetricsFileHoldTheSameValues() throws IOException {
    Map<String, Object> report =
        new LinkedHashMap<>(MetricsReport.testMetrics(new BinaryScores(0.5, 0.75, 2, 0, 8)));
    Path file = tmp.resolve("metrics.json");

    MetricsReport.write(report, file);

    ObjectMapper json = new ObjectMapper();
    JsonNode written = json.readTree(file.toFile());
    assertEquals(json.readTree(MetricsReport.toJson(report)), written);
    assertEquals(0.5, written.get("loss").asDouble());
    assertEquals(2, written.get("false_negatives").asLong());
    try (Stream<Path> entries = Files.list(tmp)) {
      assertEquals(List.of(file), entries.toList(), "temporary files left");
    }
  }
}
