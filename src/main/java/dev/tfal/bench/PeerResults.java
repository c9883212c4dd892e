package dev.tfal.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peers' training-step timings ({@code ../shared/peers}: the same model in TF Java as a naive
 * graph, PyTorch, DJL and Deeplearning4j on identical synthetic batches), one JSON object per line
 * as its {@code run_all.sh} writes them, set beside tfal's own {@code train-step} result of the
 * same sitting: per peer its figures and how many times faster tfal's reported kernel is.
 *
 * @param peers peer name to its JSON figures, in file order
 */
record PeerResults(Map<String, Map<String, Object>> peers) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The peer that is TensorFlow Java without tfal's kernels: the "plain graph". */
  static final String NAIVE_TF_JAVA = "tfjava-naive";

  PeerResults {
    peers = Collections.unmodifiableMap(new LinkedHashMap<>(peers));
  }

  /** Reads a peers' results file; a line without {@code peer} and its median is an error. */
  @SuppressWarnings("unchecked")
  static PeerResults read(Path file) throws IOException {
    Map<String, Map<String, Object>> peers = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      Map<String, Object> line = JSON.readValue(lines.get(i), Map.class);
      if (!(line.get("peer") instanceof String name)
          || !(line.get("ms_per_step_median") instanceof Number)) {
        throw new IOException(
            file
                + ":"
                + (i + 1)
                + ": not a peer result (needs \"peer\" and \"ms_per_step_median\")");
      }
      peers.put(name, line);
    }
    return new PeerResults(peers);
  }

  /**
   * Each peer's median, first step and version, with {@code tfal_speedup}: the peer's median over
   * tfal's, so 3.0 means tfal's step takes a third of the peer's.
   */
  Map<String, Object> beside(double tfalMedianMs) {
    Map<String, Object> out = new LinkedHashMap<>();
    peers.forEach(
        (name, figures) -> {
          Map<String, Object> row = new LinkedHashMap<>();
          double median = ((Number) figures.get("ms_per_step_median")).doubleValue();
          row.put("ms_per_step_median", median);
          copy(figures, row, "first_step_ms", "version", "other_cpu_pct");
          row.put("tfal_speedup", Math.round(median / tfalMedianMs * 100) / 100.0);
          out.put(name, row);
        });
    return out;
  }

  /** The naive TF Java peer's median, when it ran. */
  Optional<Double> naiveMedianMs() {
    return Optional.ofNullable(peers.get(NAIVE_TF_JAVA))
        .map(figures -> ((Number) figures.get("ms_per_step_median")).doubleValue());
  }

  private static void copy(Map<String, Object> from, Map<String, Object> to, String... keys) {
    for (String key : keys) {
      if (from.containsKey(key)) {
        to.put(key, from.get(key));
      }
    }
  }
}
