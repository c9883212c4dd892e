package dev.tfal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportPeersTest {
  private static final String PEERS =
      "{\"peer\": \"tfjava-naive\", \"ms_per_step_median\": 60.0, \"first_step_ms\": 8200.0,"
          + " \"version\": \"TF Java 1.1.0\"}\n"
          + "\n"
          + "{\"peer\": \"torch\", \"ms_per_step_median\": 174.0, \"other_cpu_pct\": 2.0}\n";

  private static Path step(Path dir, double medianMs, double speedup) throws IOException {
    return Files.writeString(
        dir.resolve("step-" + medianMs + ".json"),
        "{\"scenario\": \"train-step\", \"ms_per_step_median\": "
            + medianMs
            + ", \"speedup_vs_last_kernel\": "
            + speedup
            + ", \"first_step_ms\": 400, \"peak_rss_mb\": 600}");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> combined(Path step, Path peers) throws IOException {
    return BenchReport.read(List.of(step, peers)).combined();
  }

  @Test
  void eachPeerStandsBesideTfalsStepWithHowManyTimesFasterTfalIs(@TempDir Path dir)
      throws IOException {
    Path peers = Files.writeString(dir.resolve("peers.jsonl"), PEERS);
    Map<String, Object> result = combined(step(dir, 30, 1.6), peers);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> beside =
        (Map<String, Map<String, Object>>) result.get("peers");
    assertEquals(List.of("tfjava-naive", "torch"), List.copyOf(beside.keySet()));
    assertEquals(2.0, beside.get("tfjava-naive").get("tfal_speedup"));
    assertEquals(5.8, beside.get("torch").get("tfal_speedup"));
    assertEquals(8200.0, beside.get("tfjava-naive").get("first_step_ms"));
    assertEquals(2.0, beside.get("torch").get("other_cpu_pct"));
    Map<?, ?> targets = (Map<?, ?>) result.get("targets");
    assertEquals(false, targets.get("train_step_le_0_35_x_naive_tf_java_peer"), "30 > 0.35 x 60");
    assertEquals(false, targets.get("train_step_le_0_35_x_unrolled"), "1 / 1.6 > 0.35");
  }

  @Test
  void theShareTargetsHoldAtAThirdOfThePlainGraph(@TempDir Path dir) throws IOException {
    Path peers = Files.writeString(dir.resolve("peers.jsonl"), PEERS);
    Map<?, ?> targets = (Map<?, ?>) combined(step(dir, 21, 2.9), peers).get("targets");
    assertEquals(true, targets.get("train_step_le_0_35_x_naive_tf_java_peer"), "21 <= 21");
    assertEquals(true, targets.get("train_step_le_0_35_x_unrolled"), "1 / 2.9 <= 0.35");
  }

  @Test
  void withoutPeersThereIsNoPeerTableAndNoPeerTarget(@TempDir Path dir) throws IOException {
    Map<String, Object> result = BenchReport.read(List.of(step(dir, 30, 1.6))).combined();
    assertFalse(result.containsKey("peers"));
    assertFalse(
        ((Map<?, ?>) result.get("targets")).containsKey("train_step_le_0_35_x_naive_tf_java_peer"));
    assertTrue(((Map<?, ?>) result.get("targets")).containsKey("train_step_le_0_35_x_unrolled"));
  }

  @Test
  void aLineThatIsNotAPeerResultIsNamedByFileAndLine(@TempDir Path dir) throws IOException {
    Path peers = Files.writeString(dir.resolve("peers.jsonl"), PEERS + "{\"peer\": \"dl4j\"}\n");
    IOException error = assertThrows(IOException.class, () -> PeerResults.read(peers));
    assertTrue(error.getMessage().startsWith(peers + ":4: not a peer result"), error.getMessage());
  }
}
