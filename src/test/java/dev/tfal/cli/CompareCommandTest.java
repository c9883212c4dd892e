package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfal compare} end to end on the micro preset: the ceiling once, one session per strategy
 * and seed, and margin (same queries as least-confidence for two classes) reusing
 * least-confidence's sessions instead of running them again.
 */
class CompareCommandTest {
  @Test
  void binaryEquivalentStrategiesShareSessionsAndTheTableSaysSo(@TempDir Path dir)
      throws IOException {
    TfalHome home = TfalHome.create(dir);
    Path out = dir.resolve("compare");
    Execution run =
        home.runMicro(
            "compare",
            "--queries",
            "2",
            "--rounds",
            "1",
            "--epochs",
            "1",
            "--strategies",
            "random,least-confidence,margin",
            "--seeds",
            "2",
            "--out",
            out.toString());
    assertEquals(0, run.code(), run.describe());
    for (String strategy : List.of("random", "least-confidence")) {
      for (String seed : List.of("seed-1337", "seed-1338")) {
        assertTrue(
            Files.isRegularFile(out.resolve(strategy).resolve(seed).resolve("metrics.json")),
            strategy + "/" + seed + " missing");
      }
    }
    assertFalse(Files.exists(out.resolve("margin")), "margin's sessions were run, not reused");
    assertTrue(Files.isRegularFile(out.resolve("full-data").resolve("metrics.json")));
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    assertEquals(4, summary.size(), String.join("\n", summary));
    assertEquals(
        afterName(row(summary, "least-confidence")),
        afterName(row(summary, "margin")),
        "margin's figures are least-confidence's");
    assertTrue(
        run.out()
            .contains(
                "note: margin: the same queries as least-confidence for two classes (both rank by"
                    + " |p - 0.5|), so its sessions are reused"),
        run.out());
  }

  private static String row(List<String> csv, String strategy) {
    return csv.stream().filter(line -> line.startsWith(strategy + ",")).findFirst().orElseThrow();
  }

  private static String afterName(String line) {
    return line.substring(line.indexOf(','));
  }
}
