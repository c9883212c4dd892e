package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real {@code tfal train} run of the micro preset on 32 hand-written reviews (8 validation, 8
 * test, 8 initial, 8 pool), a second one with {@code --json}, and {@code tfal evaluate} on the
 * saved best model in a fresh TensorFlow session.
 */
class TrainAndEvaluateTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SPLITS = List.of("validation", "test", "initial", "pool");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @TempDir static Path tmp;
  private static TfalHome home;
  private static Path data;
  private static Path runDir;
  private static Execution train;
  private static Path jsonRunDir;
  private static Execution jsonTrain;

  @BeforeAll
  static void train() throws IOException {
    home = TfalHome.create(tmp);
    data = TfalHome.resource("reviews.csv");
    runDir = tmp.resolve("runs").resolve("table");
    train = home.run(trainArgs(runDir));
    jsonRunDir = tmp.resolve("runs").resolve("json");
    List<String> args = new ArrayList<>(List.of(trainArgs(jsonRunDir)));
    args.addAll(List.of("--json", "--epochs", "2", "--seed", "7"));
    jsonTrain = home.run(args.toArray(String[]::new));
  }

  private static String[] trainArgs(Path out) {
    return new String[] {
      "train",
      "--data",
      data.toString(),
      "--preset",
      TfalHome.MICRO,
      "--val-size",
      "8",
      "--test-size",
      "8",
      "--initial-size",
      "8",
      "--out",
      out.toString()
    };
  }

  @Test
  void trainPrintsTheMetricsTableOnStdoutAndProgressOnStderr() {
    assertEquals(0, train.code(), train.describe());
    List<String> out = train.out().lines().toList();
    for (String key : List.of("loss", "binary_accuracy", "val_loss", "val_binary_accuracy")) {
      assertTrue(
          out.stream().anyMatch(l -> l.matches(key + " +[0-9]\\.[0-9]{4}")),
          key + " in " + train.out());
    }
    for (String key : List.of("false_negatives", "false_positives", "best_epoch", "epochs_run")) {
      assertTrue(out.stream().anyMatch(l -> l.matches(key + " +[0-9]+")), key + " in " + out);
    }
    assertTrue(out.contains(String.format("%-22s %s", "test_examples", 8)), train.out());
    assertTrue(out.contains(String.format("%-22s %s", "train_examples", 16)), train.out());
    assertEquals("run directory: " + runDir, out.get(out.size() - 1));
    assertFalse(train.out().contains("Epoch"), "progress on stdout: " + train.out());
    assertTrue(train.err().contains("Read 32 reviews (16 positive, 16 negative)"), train.err());
    assertTrue(
        train.err().contains("Splits: validation 8, test 8, initial 8, pool 8"), train.err());
    assertTrue(train.errLines().contains("Epoch 1/3"), train.err());
    assertTrue(TfalHome.isAbsentOrEmpty(home.dataCache()), "something was downloaded");
  }

  @Test
  void jsonOutputIsTheMetricsFileAndHonoursEpochs() throws IOException {
    assertEquals(0, jsonTrain.code(), jsonTrain.describe());
    JsonNode printed = JSON.readTree(jsonTrain.out());
    for (String key :
        List.of(
            "loss",
            "binary_accuracy",
            "false_negatives",
            "false_positives",
            "test_examples",
            "train_examples",
            "best_epoch",
            "epochs_run",
            "seconds")) {
      assertTrue(printed.has(key), key + " missing in " + printed);
    }
    assertEquals(8, printed.get("test_examples").asInt());
    assertEquals(16, printed.get("train_examples").asInt());
    assertEquals(2, printed.get("epochs_run").asInt());
    assertTrue(printed.get("false_negatives").isIntegralNumber(), printed.toString());
    assertEquals(JSON.readTree(jsonRunDir.resolve("metrics.json").toFile()), printed);
    assertFalse(jsonTrain.out().contains("run directory"), jsonTrain.out());
  }

  @Test
  void runDirectoryHoldsEveryFile() {
    for (String file :
        List.of(
            "config.json",
            "vocabulary.txt",
            "history.csv",
            "loss.png",
            "accuracy.png",
            "metrics.json",
            "splits/validation.txt",
            "splits/test.txt",
            "splits/initial.txt",
            "splits/pool.txt",
            "best/saved_model.pb",
            "best/variables/variables.index",
            "best/assets/vocabulary.txt",
            "best/assets/tfal.json")) {
      assertTrue(Files.isRegularFile(runDir.resolve(file)), file + " missing");
    }
    assertTrue(Files.isDirectory(runDir.resolve("best/variables")));
  }

  @Test
  void noTemporaryFilesAreLeftAnywhere() throws IOException {
    try (Stream<Path> all = Files.walk(tmp.resolve("runs"))) {
      List<Path> hidden = all.filter(p -> p.getFileName().toString().startsWith(".")).toList();
      assertEquals(List.of(), hidden);
    }
    try (Stream<Path> runs = Files.list(tmp.resolve("runs"))) {
      assertEquals(Set.of(runDir, jsonRunDir), Set.copyOf(runs.toList()));
    }
  }

  @Test
  void vocabularyStartsWithPaddingAndOovAndIsTheModelsAsset() throws IOException {
    List<String> lines = Files.readAllLines(runDir.resolve("vocabulary.txt"));
    assertEquals("", lines.get(0));
    assertEquals("[UNK]", lines.get(1));
    assertTrue(lines.size() > 2 && lines.size() <= 60, "size " + lines.size());
    assertArrayEquals(
        Files.readAllBytes(runDir.resolve("vocabulary.txt")),
        Files.readAllBytes(runDir.resolve("best/assets/vocabulary.txt")));
  }

  @Test
  void splitsAreDisjointAndCoverTheDataset() throws IOException {
    Set<String> seen = new HashSet<>();
    for (String split : SPLITS) {
      List<String> ids = ids(runDir, split);
      assertEquals(8, ids.size(), split);
      for (String id : ids) {
        assertTrue(seen.add(id), id + " is in two splits");
      }
    }
    assertEquals(Set.copyOf(datasetIds()), seen);
  }

  @Test
  void historyHasOneRowPerEpoch() throws IOException {
    JsonNode metrics = JSON.readTree(runDir.resolve("metrics.json").toFile());
    List<String> rows = Files.readAllLines(runDir.resolve("history.csv"));
    assertTrue(rows.get(0).startsWith("epoch,loss,binary_accuracy,"), rows.get(0));
    assertTrue(rows.get(0).contains(",val_loss,"), rows.get(0));
    int epochs = metrics.get("epochs_run").asInt();
    assertEquals(3, epochs);
    assertEquals(epochs + 1, rows.size(), String.join("\n", rows));
    for (int epoch = 1; epoch <= epochs; epoch++) {
      assertTrue(rows.get(epoch).startsWith(epoch + ","), rows.get(epoch));
    }
    List<String> jsonRows = Files.readAllLines(jsonRunDir.resolve("history.csv"));
    assertEquals(3, jsonRows.size(), "--epochs 2 gives two rows: " + jsonRows);
  }

  @Test
  void chartsAreValidPngs() throws IOException {
    for (String chart : List.of("loss.png", "accuracy.png")) {
      Path file = runDir.resolve(chart);
      byte[] head = new byte[PNG_SIGNATURE.length];
      System.arraycopy(Files.readAllBytes(file), 0, head, 0, head.length);
      assertArrayEquals(PNG_SIGNATURE, head, chart);
      BufferedImage image = ImageIO.read(file.toFile());
      assertNotNull(image, chart);
      assertTrue(image.getWidth() > 100 && image.getHeight() > 100, chart);
    }
  }

  @Test
  void configAndModelMetadataRecordTheRun() throws IOException {
    JsonNode config = JSON.readTree(runDir.resolve("config.json").toFile());
    assertEquals(8, config.at("/data/sizes/validation").asInt(), config.toString());
    assertEquals(1337, config.at("/data/seed").asLong(), config.toString());
    assertEquals(3, config.at("/training/epochs").asInt(), config.toString());
    assertEquals(12, config.at("/model/sequenceLength").asInt(), config.toString());
    JsonNode metrics = JSON.readTree(runDir.resolve("metrics.json").toFile());
    JsonNode model = JSON.readTree(runDir.resolve("best/assets/tfal.json").toFile());
    assertEquals(metrics.get("best_epoch").asInt(), model.get("epoch").asInt(), model.toString());
    assertEquals(
        metrics.get("val_loss").asDouble(), model.at("/metrics/val_loss").asDouble(), 1e-12);
  }

  @Test
  void evaluateReloadsTheBestModelAndReproducesTheTestMetrics() throws IOException {
    JsonNode trained = JSON.readTree(runDir.resolve("metrics.json").toFile());

    Execution run =
        home.run("evaluate", "--model", runDir.toString(), "--data", data.toString(), "--json");

    assertEquals(0, run.code(), run.describe());
    JsonNode evaluated = JSON.readTree(run.out());
    assertEquals(trained.get("loss").asDouble(), evaluated.get("loss").asDouble(), 1e-6);
    assertEquals(
        trained.get("binary_accuracy").asDouble(),
        evaluated.get("binary_accuracy").asDouble(),
        1e-12);
    for (String count : List.of("false_negatives", "false_positives")) {
      assertEquals(trained.get(count).asLong(), evaluated.get(count).asLong(), count);
    }
    assertEquals(trained.get("test_examples").asInt(), evaluated.get("examples").asInt());
    assertTrue(
        run.err().contains("Evaluating " + runDir.resolve("best") + " on 8 reviews"), run.err());
  }

  @Test
  void evaluateOnTheValidationSplitReproducesTheBestEpoch() throws IOException {
    JsonNode trained = JSON.readTree(runDir.resolve("metrics.json").toFile());

    Execution run =
        home.run(
            "evaluate",
            "--model",
            runDir.resolve("best").toString(),
            "--data",
            data.toString(),
            "--split",
            "validation",
            "--json");

    assertEquals(0, run.code(), run.describe());
    JsonNode evaluated = JSON.readTree(run.out());
    assertEquals(trained.get("val_loss").asDouble(), evaluated.get("loss").asDouble(), 1e-6);
    assertEquals(
        trained.get("val_false_negatives").asLong(), evaluated.get("false_negatives").asLong());
    assertEquals(8, evaluated.get("examples").asInt());
  }

  @Test
  void evaluateFindsTheRunOfAModelPathWithADotSegment() throws IOException {
    Path best = runDir.resolve("best").resolve(".");

    Execution run =
        home.run("evaluate", "--model", best.toString(), "--data", data.toString(), "--json");

    assertEquals(0, run.code(), run.describe());
    assertEquals(8, JSON.readTree(run.out()).get("examples").asInt());
  }

  @Test
  void evaluateAllCountsEveryExampleAsATable() {
    Execution run =
        home.run(
            "evaluate",
            "--model",
            runDir.toString(),
            "--data",
            data.toString(),
            "--all",
            "--batch-size",
            "5");

    assertEquals(0, run.code(), run.describe());
    List<String> out = run.out().lines().toList();
    assertTrue(out.contains(String.format("%-22s %s", "examples", 32)), run.out());
    long errors =
        out.stream()
            .filter(l -> l.startsWith("false_"))
            .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1)))
            .sum();
    double accuracy =
        out.stream()
            .filter(l -> l.startsWith("binary_accuracy"))
            .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
            .findFirst()
            .orElseThrow();
    assertEquals(1 - errors / 32.0, accuracy, 1e-4, run.out());
  }

  @Test
  void evaluateOnADirectoryThatIsNoSavedModel() throws IOException {
    Path notAModel = Files.createDirectories(tmp.resolve("not-a-model"));
    Files.writeString(notAModel.resolve("readme.txt"), "just notes");

    Execution run =
        home.run("evaluate", "--model", notAModel.toString(), "--data", data.toString(), "--all");

    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.describe());
    assertEquals(
        "tfal evaluate: " + notAModel + ": not a tfal SavedModel (missing " + "saved_model.pb)",
        run.errLines().get(0));
    assertEquals("", run.out());
    assertFalse(run.hasStackTrace(), run.describe());
  }

  @Test
  void evaluateOnDataWithoutTheRunsIdsNamesTheSplitFile() throws IOException {
    Path other = Files.copy(TfalHome.resource("too-small.csv"), tmp.resolve("other.csv"));

    Execution run = home.run("evaluate", "--model", runDir.toString(), "--data", other.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.describe());
    String error = run.errLines().get(0);
    assertTrue(
        error.startsWith(
            "tfal evaluate: " + runDir.resolve("splits/test.txt") + ":1: " + "unknown id"),
        error);
    assertFalse(run.hasStackTrace(), run.describe());
  }

  private static List<String> ids(Path run, String split) throws IOException {
    return Files.readAllLines(run.resolve("splits").resolve(split + ".txt")).stream()
        .filter(line -> !line.isBlank())
        .toList();
  }

  private static List<String> datasetIds() throws IOException {
    return Files.readAllLines(data, StandardCharsets.UTF_8).stream()
        .skip(1)
        .map(line -> line.substring(0, line.indexOf(',')))
        .toList();
  }
}
