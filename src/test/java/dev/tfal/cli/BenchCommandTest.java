package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
