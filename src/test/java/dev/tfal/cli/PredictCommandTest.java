package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.export.SavedModelClassifier;
import dev.tfal.export.TinySavedModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tfal predict} on plain lines, CSV and JSONL, with ids and a threshold. */
class PredictCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEXTS =
      List.of("Good film!", "awful, \"the\" end", "", "great great film");

  @TempDir static Path tmp;
  private static TfalHome home;
  private static Path model;
  private static float[] expected;

  @BeforeAll
  static void writeModel() throws IOException {
    home = TfalHome.create(tmp);
    model = TinySavedModel.write(tmp.resolve("run").resolve("best"), 9);
    try (SavedModelClassifier loaded = SavedModelClassifier.load(model)) {
      expected = loaded.probabilities(TEXTS);
    }
  }

  @Test
  void plainLinesOfARunDirectory() throws IOException {
    Path input = Files.writeString(tmp.resolve("texts.txt"), String.join("\n", TEXTS) + "\n");

    Execution run = home.run("predict", "--model", tmp.resolve("run").toString(), input.toString());

    List<JsonNode> rows = parse(run);
    for (int i = 0; i < TEXTS.size(); i++) {
      assertFalse(rows.get(i).has("id"));
      assertEquals(expected[i], rows.get(i).get("probability").floatValue(), 1e-6);
      assertEquals(expected[i] > 0.5 ? 1 : 0, rows.get(i).get("label").intValue());
    }
  }

  @Test
  void csvWithIdsAndThreshold() throws IOException {
    StringBuilder csv = new StringBuilder("id,review\n");
    for (int i = 0; i < TEXTS.size(); i++) {
      csv.append("r")
          .append(i)
          .append(",\"")
          .append(TEXTS.get(i).replace("\"", "\"\""))
          .append("\"\n");
    }
    Path input = Files.writeString(tmp.resolve("texts.csv"), csv);

    Execution run =
        home.run(
            "predict",
            "--model",
            model.toString(),
            "--text-column",
            "review",
            "--threshold",
            "0",
            input.toString());

    List<JsonNode> rows = parse(run);
    for (int i = 0; i < TEXTS.size(); i++) {
      assertEquals("r" + i, rows.get(i).get("id").asText());
      assertEquals(expected[i], rows.get(i).get("probability").floatValue(), 1e-6);
      assertEquals(1, rows.get(i).get("label").intValue());
    }
  }

  @Test
  void jsonlKeepsNumericIds() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < TEXTS.size(); i++) {
      jsonl.append(JSON.writeValueAsString(java.util.Map.of("id", i, "text", TEXTS.get(i))));
      jsonl.append('\n');
    }
    Path input = Files.writeString(tmp.resolve("texts.jsonl"), jsonl);

    Execution run =
        home.run("predict", "--model", model.toString(), "--threshold", "1", input.toString());

    List<JsonNode> rows = parse(run);
    for (int i = 0; i < TEXTS.size(); i++) {
      assertTrue(rows.get(i).get("id").isInt());
      assertEquals(i, rows.get(i).get("id").intValue());
      assertEquals(expected[i], rows.get(i).get("probability").floatValue(), 1e-6);
      assertEquals(0, rows.get(i).get("label").intValue());
    }
  }

  @Test
  void aMissingTextColumnIsBadInput() throws IOException {
    Path input = Files.writeString(tmp.resolve("bad.csv"), "id,body\n1,good\n");

    Execution run = home.run("predict", "--model", model.toString(), input.toString());

    assertEquals(3, run.code(), run.describe());
    assertTrue(run.err().contains("no column 'text'"), run.describe());
    assertFalse(run.hasStackTrace());
  }

  @Test
  void invalidUtf8IsBadInputNamingTheLine() throws IOException {
    byte[] good = "Good film!\nsecond line\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'b', 'a', (byte) 0xC3, '(', '\n'};
    Path lines = Files.write(tmp.resolve("latin1.txt"), concat(good, bad));
    Path csv =
        Files.write(
            tmp.resolve("latin1.csv"),
            concat("id,text\n1,fine\n2,".getBytes(StandardCharsets.UTF_8), bad));

    Execution plain = home.run("predict", "--model", model.toString(), lines.toString());
    Execution table = home.run("predict", "--model", model.toString(), csv.toString());

    assertEquals(ExitCodes.BAD_INPUT, plain.code(), plain.describe());
    assertEquals(
        "tfal predict: "
            + lines
            + ":3: invalid UTF-8 at byte offset "
            + (good.length + 2)
            + "; the input must be UTF-8 encoded",
        plain.errLines().get(0));
    assertFalse(plain.hasStackTrace());
    assertEquals(ExitCodes.BAD_INPUT, table.code(), table.describe());
    assertTrue(
        table.errLines().get(0).startsWith("tfal predict: " + csv + ":3: invalid UTF-8 at byte"),
        table.describe());
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }

  private static List<JsonNode> parse(Execution run) throws IOException {
    assertEquals(0, run.code(), run.describe());
    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().lines().toList()) {
      rows.add(JSON.readTree(line));
    }
    assertEquals(TEXTS.size(), rows.size(), run.describe());
    return rows;
  }
}
