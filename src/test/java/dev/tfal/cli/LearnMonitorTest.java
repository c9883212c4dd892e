package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfal learn} with a preset whose training monitors {@code val_binary_accuracy}: the best
 * round it reports, records and exports is the round with the highest validation accuracy (the
 * first of equals), as the rule that picks each round's best epoch decides.
 */
class LearnMonitorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void bestRoundIsTheMostAccurateRoundWhenThePresetMonitorsAccuracy() throws IOException {
    TfalHome home = TfalHome.create(tmp);
    Path preset = tmp.resolve("accuracy.json");
    Files.writeString(
        preset,
        Files.readString(TfalHome.resource("micro.json"))
            .replace("\"monitor\": \"val_loss\"", "\"monitor\": \"val_binary_accuracy\""));
    Path run = tmp.resolve("run");
    List<String> args =
        new ArrayList<>(
            TfalHome.microLearnArgs(
                TfalHome.resource("reviews.csv"), run, 2, 3, 2, List.of("--strategy", "entropy")));
    args.set(args.indexOf("--preset") + 1, preset.toString());

    Execution learn = home.run(args.toArray(String[]::new));

    assertEquals(0, learn.code(), learn.describe());
    List<Double> accuracies = column(run.resolve("rounds.csv"), "val_binary_accuracy");
    int mostAccurate = 0;
    for (int round = 1; round < accuracies.size(); round++) {
      mostAccurate = accuracies.get(round) > accuracies.get(mostAccurate) ? round : mostAccurate;
    }
    JsonNode metrics = JSON.readTree(run.resolve("metrics.json").toFile());
    assertEquals(mostAccurate, metrics.get("best_round").asInt(), accuracies.toString());
    JsonNode state = JSON.readTree(run.resolve("state.json").toFile());
    assertEquals("val_binary_accuracy", state.get("monitor").asText());
    assertEquals(mostAccurate, state.get("best_round").asInt());
    List<Double> recorded = new ArrayList<>();
    state.get("round_values").forEach(value -> recorded.add(value.asDouble()));
    assertEquals(accuracies, recorded, "state.json records each round's validation accuracy");
  }

  /** The values of {@code name} in every data row of a CSV with a header, in row order. */
  private static List<Double> column(Path csv, String name) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    int index = List.of(lines.get(0).split(",")).indexOf(name);
    return lines.subList(1, lines.size()).stream()
        .map(line -> Double.parseDouble(line.split(",")[index]))
        .toList();
  }
}
