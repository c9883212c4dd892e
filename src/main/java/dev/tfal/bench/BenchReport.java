package dev.tfal.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.plot.BarChartRenderer;
import dev.tfal.plot.BarChartSpec;
import dev.tfal.plot.ChartSize;
import dev.tfal.plot.ReferenceLine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Combines repeated scenario results (JSON files written by {@code tfal bench ... --out}) into one
 * results file: per scenario the median of every number over the repeats, the repeat count, the
 * targets of the speed issue with whether they hold, and a chart of the training-step times. A
 * {@code .jsonl} file among them is the peers' results of the same sitting ({@link PeerResults}):
 * the combined file then sets each peer beside tfal's training step.
 */
public final class BenchReport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, List<Map<String, Object>>> byScenario = new LinkedHashMap<>();
  private Optional<PeerResults> peers = Optional.empty();

  /** Reads every result file; a file that is not a scenario result is an error naming it. */
  public static BenchReport read(List<Path> files) throws IOException {
    BenchReport report = new BenchReport();
    for (Path file : files) {
      if (file.getFileName().toString().endsWith(".jsonl")) {
        report.peers = Optional.of(PeerResults.read(file));
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> result = JSON.readValue(file.toFile(), Map.class);
      if (!(result.get("scenario") instanceof String scenario)) {
        throw new IOException(file + ": not a tfal bench result (no \"scenario\" key)");
      }
      report.byScenario.computeIfAbsent(scenario, s -> new ArrayList<>()).add(result);
    }
    return report;
  }

  /** The combined results: date, device, per-scenario medians and the target checks. */
  public Map<String, Object> combined() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("date", LocalDate.now().toString());
    out.put("device", Device.describe());
    Map<String, Object> scenarios = new LinkedHashMap<>();
    byScenario.forEach((scenario, runs) -> scenarios.put(scenario, Medians.of(runs)));
    out.put("scenarios", scenarios);
    Optional<Double> tfalMedian = trainStepMedian(scenarios);
    if (peers.isPresent() && tfalMedian.isPresent()) {
      out.put("peers", peers.get().beside(tfalMedian.get()));
    }
    out.put("targets", Targets.check(scenarios, peers.flatMap(PeerResults::naiveMedianMs)));
    return out;
  }

  private static Optional<Double> trainStepMedian(Map<String, Object> scenarios) {
    return Optional.ofNullable((Map<?, ?>) scenarios.get("train-step"))
        .map(step -> ((Number) step.get("ms_per_step_median")).doubleValue());
  }

  /** Writes the combined JSON and, when there is a train-step result, its chart. */
  public void write(Path json, Optional<Path> chart) throws IOException {
    Map<String, Object> combined = combined();
    ResultFile.write(json, combined);
    if (chart.isPresent() && byScenario.containsKey("train-step")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> step =
          (Map<String, Object>) ((Map<String, Object>) combined.get("scenarios")).get("train-step");
      new BarChartRenderer().render(stepChart(step), chart.get(), new ChartSize(960, 420));
    }
  }

  private static BarChartSpec stepChart(Map<String, Object> step) {
    Map<String, Double> bars = new LinkedHashMap<>();
    if (step.get("kernels") instanceof List<?> kernels) {
      for (Object kernel : kernels) {
        Map<?, ?> figures = (Map<?, ?>) kernel;
        bars.put(
            figures.get("lstm_kernel") + " kernel",
            ((Number) figures.get("ms_per_step_median")).doubleValue());
      }
    }
    return new BarChartSpec(
        "Training step, reference model, batch 256 (" + Device.describe() + ")",
        "median ms per step",
        bars,
        Optional.of(new ReferenceLine("target 85 ms", Targets.TRAIN_STEP_MS)));
  }
}
