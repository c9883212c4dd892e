package dev.tfal.cli;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.report.MetricsReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tfal compare} end to end on the micro preset: the ceiling once, one session per strategy
 * and seed, and margin (same queries as least-confidence for two classes) reusing
 * least-confidence's sessions instead of running them again.
 */
class CompareCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void binaryEquivalentStrategiesShareSessionsAndTheTableSaysSo(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("compare");
    Execution run =
        compare(dir, out, "--epochs", "1", "--strategies", "random,least-confidence,margin");
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
    assertErrorColumnsMatchSessions(summary, out.resolve("random"));
    assertTrue(
        run.out()
            .contains(
                "note: margin: the same queries as least-confidence for two classes (both rank by"
                    + " |p - 0.5|), so its sessions are reused"),
        run.out());
  }

  /**
   * With {@code --ceiling-per-seed --ceiling-runs 2} over seeds 5 and 6, each seed's split gets two
   * full-data models (training seeds s and s + 1), and each seed's sessions are measured against
   * the mean of its own split's two.
   */
  @Test
  void perSeedCeilingsOfSeveralRunsMeasureEachSeedOnItsOwnSplit(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("compare");
    Execution run =
        compare(
            dir,
            out,
            "--epochs",
            "2",
            "--strategies",
            "random",
            "--seed",
            "5",
            "--ceiling-runs",
            "2",
            "--ceiling-per-seed");
    Map<String, long[]> seedsByDir =
        Map.of(
            "full-data", new long[] {5, 5},
            "full-data-2", new long[] {5, 6},
            "full-data-seed-6", new long[] {6, 6},
            "full-data-seed-6-2", new long[] {6, 7});
    for (var entry : seedsByDir.entrySet()) {
      JsonNode config = JSON.readTree(out.resolve(entry.getKey()).resolve("config.json").toFile());
      assertEquals(entry.getValue()[0], config.at("/data/seed").asLong(), entry.getKey());
      assertEquals(entry.getValue()[1], config.at("/training/seed").asLong(), entry.getKey());
    }
    assertEquals(
        Files.readAllLines(out.resolve("full-data").resolve("splits").resolve("test.txt")),
        Files.readAllLines(out.resolve("full-data-2").resolve("splits").resolve("test.txt")),
        "the two runs of a seed share its split");
    double ceiling5 =
        (accuracy(out.resolve("full-data")) + accuracy(out.resolve("full-data-2"))) / 2;
    double ceiling6 =
        (accuracy(out.resolve("full-data-seed-6")) + accuracy(out.resolve("full-data-seed-6-2")))
            / 2;
    double gap5 = lastRoundAccuracy(out.resolve("random").resolve("seed-5")) - ceiling5;
    double gap6 = lastRoundAccuracy(out.resolve("random").resolve("seed-6")) - ceiling6;
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    List<String> header = List.of(summary.get(0).split(","));
    String[] cells = row(summary, "random").split(",", -1);
    assertEquals(
        (ceiling5 + ceiling6) / 2, Double.parseDouble(cells[header.indexOf("ceiling")]), 1e-6);
    assertEquals("2", cells[header.indexOf("ceiling_runs")]);
    assertEquals("yes", cells[header.indexOf("ceiling_per_seed")]);
    assertEquals(
        (gap5 + gap6) / 2, Double.parseDouble(cells[header.indexOf("gap_to_ceiling_mean")]), 1e-6);
    assertTrue(run.out().contains("per seed, each on its own split: 5 "), run.out());
  }

  /**
   * A rerun into the same directory reuses what finished only when it is the same experiment: the
   * options in another order and on one thread are; other queries, or another seed for the
   * full-data model, are refused with what differs and both records, a session written by an
   * earlier tfal is refused saying so, and nothing is touched.
   */
  @Test
  void finishedSessionsAreReusedOnlyForTheSameExperiment(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("compare");
    compare(dir, out, "--epochs", "1", "--strategies", "random");
    TfalHome home = TfalHome.create(dir.resolve("again"));

    String options = "--strategies random --seeds 2 --rounds 1 --queries 2 --epochs 1 --threads 1";
    Execution reordered = home.runMicro("compare", (options + " --out " + out).split(" "));
    assertEquals(0, reordered.code(), reordered.describe());
    assertFalse(reordered.err().contains("Compare: "), "nothing ran again: " + reordered.err());
    Map<String, Integer> before = RunFiles.fingerprint(out);

    assertOtherSettingsAreRefusedNamingBothRecords(home, out);
    Path session = out.resolve("random").resolve("seed-1337");
    Path earlier = Path.of(getClass().getResource("/rundir/old-learn").toURI());
    for (String file : List.of("config.json", "config.json.sha256", "arguments.json")) {
      Files.copy(earlier.resolve(file), session.resolve(file), REPLACE_EXISTING);
      before.put(
          "random/seed-1337/" + file, Arrays.hashCode(Files.readAllBytes(session.resolve(file))));
    }
    Execution earlierTfal = rerun(home, out, "--queries", "2", "--seed", "1337");
    assertEquals(ExitCodes.BAD_INPUT, earlierTfal.code(), earlierTfal.describe());
    assertTrue(
        earlierTfal
            .errLines()
            .get(0)
            .startsWith("tfal compare: " + session + ": written by an earlier tfal, which kept"),
        earlierTfal.describe());
    assertEquals(before, RunFiles.fingerprint(out), "the refused reruns changed nothing");
  }

  /** Other queries, and another seed for the full-data model, are refused naming both records. */
  private static void assertOtherSettingsAreRefusedNamingBothRecords(TfalHome home, Path out) {
    Execution otherQueries = rerun(home, out, "--queries", "3", "--seed", "1337");
    assertEquals(ExitCodes.USAGE, otherQueries.code(), otherQueries.describe());
    String refusal = otherQueries.errLines().get(0);
    assertTrue(
        refusal.contains(
            "random/seed-1337 holds a finished session of other settings"
                + " (learning.queriesPerRound: 2 there, 3 here): command=learn "),
        otherQueries.describe());
    assertTrue(
        refusal.contains(" learning.queriesPerRound=2 ")
            && refusal.contains("; this comparison's: command=learn ")
            && refusal.contains(" learning.queriesPerRound=3 "),
        "both records: " + refusal);

    Execution otherSeed = rerun(home, out, "--queries", "2", "--seed", "1338");
    assertEquals(ExitCodes.USAGE, otherSeed.code(), otherSeed.describe());
    assertTrue(
        otherSeed
            .errLines()
            .get(0)
            .contains(
                "full-data holds a full-data model of other settings (data.seed: 1337 there, 1338"
                    + " here; training.seed: 1337 there, 1338 here): command=train "),
        otherSeed.describe());
  }

  private static Execution rerun(TfalHome home, Path out, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("--rounds", "1", "--seeds", "2", "--epochs", "1", "--strategies", "random"));
    args.addAll(List.of(options));
    args.addAll(List.of("--out", out.toString()));
    return home.runMicro("compare", args.toArray(String[]::new));
  }

  /** A micro {@code compare} of 2 seeds, one round of 2 queries, into {@code out}; must succeed. */
  private static Execution compare(Path dir, Path out, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("--queries", "2", "--rounds", "1", "--seeds", "2"));
    args.addAll(List.of(options));
    args.addAll(List.of("--out", out.toString()));
    Execution run = TfalHome.create(dir).runMicro("compare", args.toArray(String[]::new));
    assertEquals(0, run.code(), run.describe());
    return run;
  }

  private static double lastRoundAccuracy(Path session) throws Exception {
    List<String> rows = Files.readAllLines(session.resolve("rounds.csv"));
    List<String> header = List.of(rows.get(0).split(","));
    String[] last = rows.get(rows.size() - 1).split(",", -1);
    return Double.parseDouble(last[header.indexOf("test_binary_accuracy")]);
  }

  private static double accuracy(Path run) throws Exception {
    return ((Number) MetricsReport.read(run.resolve("metrics.json")).get("binary_accuracy"))
        .doubleValue();
  }

  /** The summary's mean FN/FP and their balance come from the seeds' own metrics.json. */
  private static void assertErrorColumnsMatchSessions(List<String> summary, Path strategyDir)
      throws Exception {
    List<String> header = List.of(summary.get(0).split(","));
    String[] cells = row(summary, strategyDir.getFileName().toString()).split(",", -1);
    double fn = 0;
    double fp = 0;
    for (String seed : List.of("seed-1337", "seed-1338")) {
      Map<String, Object> metrics =
          MetricsReport.read(strategyDir.resolve(seed).resolve("metrics.json"));
      fn += ((Number) metrics.get("false_negatives")).doubleValue() / 2;
      fp += ((Number) metrics.get("false_positives")).doubleValue() / 2;
    }
    assertEquals(fn, Double.parseDouble(cells[header.indexOf("false_negatives_mean")]), 1e-6);
    assertEquals(fp, Double.parseDouble(cells[header.indexOf("false_positives_mean")]), 1e-6);
    double balance = fn + fp == 0 ? 0 : Math.abs(fn - fp) / (fn + fp);
    assertEquals(
        balance, Double.parseDouble(cells[header.indexOf("error_balance_of_means")]), 1e-6);
  }

  private static String row(List<String> csv, String strategy) {
    return csv.stream().filter(line -> line.startsWith(strategy + ",")).findFirst().orElseThrow();
  }

  private static String afterName(String line) {
    return line.substring(line.indexOf(','));
  }
}
