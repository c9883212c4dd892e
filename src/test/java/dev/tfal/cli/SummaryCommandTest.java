package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {
  @TempDir Path tmp;
  private TfalHome home;

  @BeforeEach
  void createHome() throws IOException {
    home = TfalHome.create(tmp);
  }

  @Test
  void referencePresetHasTheKerasParameterCounts() {
    Execution run = home.run("summary");

    assertEquals(0, run.code(), run.describe());
    assertTrue(run.out().contains("Total params: 426,537"), run.describe());
    assertTrue(run.out().contains("Trainable params: 426,537"), run.describe());
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("embedding", "384,000");
    expected.put("bidirectional", "41,216");
    expected.put("global_max_pooling1d", "0");
    expected.put("dense", "1,300");
    expected.put("dropout", "0");
    expected.put("dense_1", "21");
    expected.forEach(
        (layer, params) ->
            assertEquals(
                Optional.of(params), paramsOf(run.out(), layer), layer + " in\n" + run.out()));
    assertEquals("", run.err());
  }

  @Test
  void namedPresetFromTheHomeModelsDirectory() {
    Execution run = home.run("summary", "--preset", "tiny");

    assertEquals(0, run.code(), run.describe());
    assertTrue(run.out().startsWith("Model: tiny "), run.describe());
    assertTrue(run.out().contains("Total params: 4,945"), run.describe());
  }

  @Test
  void unknownPresetIsAUsageErrorThatListsThePresets() {
    Execution run = home.run("summary", "--preset", "imdb-bilstn");

    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertEquals("", run.out());
    assertEquals(
        "tfal summary: unknown preset 'imdb-bilstn'; presets: [imdb-bilstm, micro, questions, "
            + "tiny] (or give a .json file)",
        run.errLines().get(0));
    assertEquals("Try 'tfal summary --help'", run.errLines().get(1));
    assertFalse(run.hasStackTrace(), run.describe());
  }

  @Test
  void presetFileWithAnUnknownKeyNamesTheFileAndTheKey() throws IOException {
    Path preset = Files.copy(TfalHome.resource("unknown-key.json"), tmp.resolve("odd.json"));

    Execution run = home.run("summary", "--preset", preset.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.describe());
    assertEquals("", run.out());
    String error = run.errLines().get(0);
    assertTrue(
        error.startsWith(
            "tfal summary: "
                + preset
                + ":9: invalid preset: unknown key "
                + "\"model.lstm_layers\""),
        error);
    assertTrue(
        error.contains(
            "known keys here: dense_units, dropout_rate, embedding_dim, " + "lstm_units"),
        error);
    assertFalse(error.contains("dev.tfal"), "Java class names leak into: " + error);
    assertFalse(run.hasStackTrace(), run.describe());
  }

  @Test
  void presetValueOfTheWrongTypeNamesTheKey() throws IOException {
    Path preset = tmp.resolve("typo.json");
    Files.writeString(
        preset,
        Files.readString(TfalHome.resource("micro.json"))
            .replace("\"epochs\": 3", "\"epochs\": \"three\""));

    Execution run = home.run("summary", "--preset", preset.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.describe());
    String error = run.errLines().get(0);
    assertTrue(
        error.startsWith(
            "tfal summary: " + preset + ":20: invalid preset: at key " + "\"training.epochs\": "),
        error);
    assertTrue(error.contains("\"three\""), error);
  }

  @Test
  void namedPresetWithAnUnknownKeyNamesItsFileInModels() throws IOException {
    Path preset = home.root().resolve("models").resolve("broken.json");
    Files.copy(TfalHome.resource("unknown-key.json"), preset);

    Execution run = home.run("summary", "--preset", "broken");

    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.describe());
    assertTrue(run.errLines().get(0).startsWith("tfal summary: " + preset + ":"), run.describe());
    assertTrue(run.errLines().get(0).contains("lstm_layers"), run.describe());
  }

  @Test
  void missingPresetFileIsBadInput() {
    Path preset = tmp.resolve("nowhere.json");

    Execution run = home.run("summary", "--preset", preset.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.describe());
    assertEquals("tfal summary: " + preset + ": no such preset file", run.errLines().get(0));
  }

  /** The last column of the table row of {@code layer}. */
  private static Optional<String> paramsOf(String table, String layer) {
    return table
        .lines()
        .filter(line -> line.startsWith(layer + " ("))
        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
        .findFirst();
  }
}
