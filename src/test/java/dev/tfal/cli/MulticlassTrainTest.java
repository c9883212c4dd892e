package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfal train}, {@code evaluate} and {@code predict} on 36 hand-written sentences of three
 * topics (weather, sport, food): the micro preset ends in Dense(3, softmax), the metrics fit K = 3,
 * the run directory holds the confusion matrix, and the SavedModel names its classes.
 */
class MulticlassTrainTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TOPICS = List.of("food", "sport", "weather");

  @TempDir static Path tmp;
  private static TfalHome home;
  private static Path data;
  private static Path runDir;
  private static Execution train;

  @BeforeAll
  static void train() throws IOException {
    home = TfalHome.create(tmp);
    data = TfalHome.resource("topics.csv");
    runDir = tmp.resolve("runs").resolve("topics");
    train =
        home.run(
            "train",
            "--data",
            data.toString(),
            "--preset",
            TfalHome.MICRO,
            "--val-size",
            "6",
            "--test-size",
            "6",
            "--initial-size",
            "12",
            "--epochs",
            "2",
            "--json",
            "--out",
            runDir.toString());
  }

  @Test
  void trainWritesTheMetricsThatFitThreeClasses() throws IOException {
    assertEquals(0, train.code(), train.describe());
    JsonNode metrics = JSON.readTree(runDir.resolve("metrics.json").toFile());
    assertEquals(JSON.readTree(train.out()), metrics);
    for (String key : List.of("loss", "accuracy", "macro_f1", "classes", "val_accuracy")) {
      assertTrue(metrics.has(key), key + " missing in " + metrics);
    }
    for (String key : List.of("binary_accuracy", "false_negatives", "val_binary_accuracy")) {
      assertFalse(metrics.has(key), key + " in a 3-class report: " + metrics);
    }
    assertEquals(6, metrics.get("test_examples").asInt());
    assertEquals(Set.copyOf(TOPICS), fieldNames(metrics.get("classes")));
    long support = 0;
    for (String topic : TOPICS) {
      JsonNode scores = metrics.get("classes").get(topic);
      assertEquals(Set.of("precision", "recall", "f1", "support"), fieldNames(scores));
      assertEquals(2, scores.get("support").asLong(), topic + ": the test split keeps the ratio");
      support += scores.get("support").asLong();
    }
    assertEquals(6, support);
    assertTrue(train.err().contains("Read 36 examples (food 12, sport 12, weather 12)"));
    assertTrue(train.err().contains(" - accuracy: "), train.err());
  }

  @Test
  void runDirectoryHoldsTheConfusionMatrixAndTheLabelNames() throws IOException {
    assertEquals(0, train.code(), train.describe());
    List<String> csv = Files.readAllLines(runDir.resolve("confusion.csv"));
    assertEquals(4, csv.size(), csv.toString());
    assertTrue(csv.get(0).endsWith(",food,sport,weather"), csv.get(0));
    long total = 0;
    for (String row : csv.subList(1, 4)) {
      String[] cells = row.split(",");
      for (int i = 1; i < cells.length; i++) {
        total += Long.parseLong(cells[i]);
      }
    }
    assertEquals(6, total);
    assertTrue(Files.size(runDir.resolve("confusion.png")) > 0);
    JsonNode meta = JSON.readTree(runDir.resolve("best/assets/tfal.json").toFile());
    assertEquals(JSON.valueToTree(TOPICS), meta.get("labels"));
    assertEquals(3, meta.get("model").get("classes").asInt());
    JsonNode config = JSON.readTree(runDir.resolve("config.json").toFile());
    assertEquals(3, config.findValue("classes").asInt(), config.toString());
  }

  @Test
  void evaluateReproducesTheTestMetrics() throws IOException {
    assertEquals(0, train.code(), train.describe());
    Execution run =
        home.run("evaluate", "--model", runDir.toString(), "--data", data.toString(), "--json");
    assertEquals(0, run.code(), run.describe());
    JsonNode evaluated = JSON.readTree(run.out());
    JsonNode trained = JSON.readTree(runDir.resolve("metrics.json").toFile());
    assertEquals(trained.get("loss").asDouble(), evaluated.get("loss").asDouble(), 1e-6);
    assertEquals(trained.get("accuracy").asDouble(), evaluated.get("accuracy").asDouble(), 1e-9);
    assertEquals(trained.get("macro_f1").asDouble(), evaluated.get("macro_f1").asDouble(), 1e-9);
    assertEquals(trained.get("classes"), evaluated.get("classes"));
    assertEquals(6, evaluated.get("examples").asInt());
  }

  @Test
  void predictWritesTheClassProbabilitiesAndTheLabelName() throws IOException {
    assertEquals(0, train.code(), train.describe());
    Path input = tmp.resolve("texts.txt");
    Files.writeString(
        input, "snow and wind all night\nthe team won the cup\n", StandardCharsets.UTF_8);
    Execution run = home.run("predict", "--model", runDir.toString(), input.toString());
    assertEquals(0, run.code(), run.describe());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    for (String line : lines) {
      JsonNode row = JSON.readTree(line);
      JsonNode p = row.get("probabilities");
      assertEquals(3, p.size(), line);
      double sum = 0;
      int best = 0;
      for (int c = 0; c < 3; c++) {
        sum += p.get(c).asDouble();
        best = p.get(c).asDouble() > p.get(best).asDouble() ? c : best;
      }
      assertEquals(1.0, sum, 1e-5, line);
      assertEquals(TOPICS.get(best), row.get("label").asText(), line);
    }
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new java.util.HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
