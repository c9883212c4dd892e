package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfal bench}: each synthetic scenario runs on the micro preset and reports its documented
 * keys with plausible values; bad scenarios and kernels are usage errors. Speed itself is measured
 * by bench/run-all.sh, never asserted here.
 */
class BenchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void trainStepTimesEveryKernelAndWritesTheResultFile(@TempDir Path dir) throws IOException {
    TfalHome home = TfalHome.create(dir);
    Path file = dir.resolve("out/train-step.json");
    Execution run =
        home.run(
            "bench",
            "train-step",
            "--preset",
            TfalHome.MICRO,
            "--steps",
            "4",
            "--warmup",
            "1",
            "--json",
            "--out",
            file.toString());
    assertEquals(0, run.code(), run.describe());
    JsonNode result = JSON.readTree(run.out());
    assertEquals(result, JSON.readTree(Files.readString(file)));
    assertEquals("train-step", result.path("scenario").asText());
    assertTrue(result.path("device").asText().startsWith("cpu: "), run.describe());
    assertEquals("projected", result.path("lstm_kernel").asText());
    for (String key :
        new String[] {
          "graph_build_ms",
          "first_step_ms",
          "ms_per_step_median",
          "ms_per_step_min",
          "matmul_ceiling_gflops",
          "peak_rss_mb"
        }) {
      assertTrue(result.path(key).asDouble() > 0, key + " in " + run.out());
    }
    assertTrue(
        result.path("ms_per_step_min").asDouble() <= result.path("ms_per_step_median").asDouble());
    JsonNode kernels = result.path("kernels");
    assertEquals(3, kernels.size(), run.out());
    assertEquals("unrolled", kernels.get(2).path("lstm_kernel").asText());
    for (JsonNode kernel : kernels) {
      assertTrue(kernel.path("ms_per_step_median").asDouble() > 0, run.out());
    }
  }

  @Test
  void scoreAndPredictReportThroughputFromRawText(@TempDir Path dir) throws IOException {
    TfalHome home = TfalHome.create(dir);
    for (String scenario : new String[] {"score", "predict"}) {
      Execution run =
          home.run(
              "bench",
              scenario,
              "--preset",
              TfalHome.MICRO,
              "--reviews",
              "300",
              "--passes",
              "2",
              "--json");
      assertEquals(0, run.code(), run.describe());
      JsonNode result = JSON.readTree(run.out());
      assertEquals(scenario, result.path("scenario").asText());
      assertEquals(300, result.path("reviews").asInt());
      assertTrue(result.path("reviews_per_second").asDouble() > 0, run.out());
      assertTrue(result.path("seconds").asDouble() > 0, run.out());
    }
  }

  @Test
  void reportCombinesRepeatsIntoMediansChecksTargetsAndDrawsTheChart(@TempDir Path dir)
      throws IOException {
    TfalHome home = TfalHome.create(dir);
    for (int i = 1; i <= 3; i++) {
      Execution step =
          home.run(
              "bench",
              "train-step",
              "--preset",
              TfalHome.MICRO,
              "--steps",
              "3",
              "--warmup",
              "0",
              "--kernels",
              "projected,unrolled",
              "--out",
              dir.resolve("step-" + i + ".json").toString());
      assertEquals(0, step.code(), step.describe());
    }
    double[] medians = new double[3];
    for (int i = 1; i <= 3; i++) {
      medians[i - 1] =
          JSON.readTree(Files.readString(dir.resolve("step-" + i + ".json")))
              .path("ms_per_step_median")
              .asDouble();
    }
    java.util.Arrays.sort(medians);
    Path combined = dir.resolve("results/combined.json");
    Path chart = dir.resolve("results/combined.png");
    Execution report =
        home.run(
            "bench",
            "report",
            dir.resolve("step-1.json").toString(),
            dir.resolve("step-2.json").toString(),
            dir.resolve("step-3.json").toString(),
            "--out",
            combined.toString(),
            "--chart",
            chart.toString());
    assertEquals(0, report.code(), report.describe());
    JsonNode result = JSON.readTree(Files.readString(combined));
    JsonNode step = result.path("scenarios").path("train-step");
    assertEquals(3, step.path("repeats").asInt());
    assertEquals(medians[1], step.path("ms_per_step_median").asDouble(), 0.011);
    assertEquals(2, step.path("kernels").size());
    assertTrue(result.path("targets").has("train_step_median_le_85_ms"), result.toString());
    assertTrue(result.path("targets").has("first_step_le_2_s"), result.toString());
    byte[] png = Files.readAllBytes(chart);
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
  }

  @Test
  void reportRefusesAFileThatIsNotABenchResult(@TempDir Path dir) throws IOException {
    TfalHome home = TfalHome.create(dir);
    Path bogus = Files.writeString(dir.resolve("bogus.json"), "{\"loss\": 1}");
    Execution report =
        home.run("bench", "report", bogus.toString(), "--out", dir.resolve("x.json").toString());
    assertTrue(report.code() != 0, report.describe());
    assertTrue(report.err().contains("bogus.json"), report.describe());
    assertFalse(Files.exists(dir.resolve("x.json")));
  }

  @Test
  void unknownScenarioOrKernelIsAUsageError(@TempDir Path dir) throws IOException {
    TfalHome home = TfalHome.create(dir);
    Execution scenario = home.run("bench", "warp-speed");
    assertEquals(ExitCodes.USAGE, scenario.code(), scenario.describe());
    assertTrue(scenario.err().contains("unknown scenario 'warp-speed'"), scenario.describe());
    Execution kernel = home.run("bench", "train-step", "--kernels", "cudnn");
    assertEquals(ExitCodes.USAGE, kernel.code(), kernel.describe());
    assertTrue(kernel.err().contains("cudnn"), kernel.describe());
  }
}
