package dev.tfal.bench;

import dev.tfal.graph.LstmKernel;
import dev.tfal.graph.ModelSession;
import dev.tfal.graph.TokenBatch;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One LSTM kernel's training session inside the {@code train-step} scenario, and its timings. */
final class KernelRun implements AutoCloseable {
  private final LstmKernel kernel;
  private final ModelSession session;
  private final double buildMs;
  private final double firstStepMs;
  private final List<Double> stepMs = new ArrayList<>();

  private KernelRun(LstmKernel kernel, ModelSession session, double buildMs, double firstStepMs) {
    this.kernel = kernel;
    this.session = session;
    this.buildMs = buildMs;
    this.firstStepMs = firstStepMs;
  }

  /** Builds the graph, runs the first step and the warm-up steps. */
  static KernelRun start(
      LstmKernel kernel, TrainStepConfig config, TokenBatch batch, PrintStream progress) {
    progress.printf("train-step: %s kernel, building the graph%n", kernel.label());
    long start = System.nanoTime();
    ModelSession session =
        ModelSession.open(
            config.model(), config.optimizer(), config.runtime().withLstmKernel(kernel), 1337);
    try {
      double buildMs = (System.nanoTime() - start) / 1e6;
      double firstMs = StepTimes.measure(1, () -> session.trainStep(batch)).total();
      for (int step = 0; step < config.warmupSteps(); step++) {
        session.trainStep(batch);
      }
      return new KernelRun(kernel, session, buildMs, firstMs);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  void timeStep(TokenBatch batch) {
    stepMs.add(StepTimes.measure(1, () -> session.trainStep(batch)).total());
  }

  LstmKernel kernel() {
    return kernel;
  }

  double buildMs() {
    return buildMs;
  }

  double firstStepMs() {
    return firstStepMs;
  }

  StepTimes times() {
    return new StepTimes(stepMs.stream().mapToDouble(Double::doubleValue).toArray());
  }

  String summary() {
    return String.format(
        "%s kernel: median %.1f ms, min %.1f ms, first step %.0f ms, graph %.0f ms",
        kernel.label(), times().median(), times().min(), firstStepMs, buildMs);
  }

  Map<String, Object> figures(TrainStepConfig config) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("lstm_kernel", kernel.label());
    figures.put("graph_build_ms", Figures.round(buildMs));
    figures.put("first_step_ms", Figures.round(firstStepMs));
    figures.put("ms_per_step_median", Figures.round(times().median()));
    figures.put("ms_per_step_min", Figures.round(times().min()));
    figures.put(
        "gflop_per_step",
        Figures.round(StepFlops.actual(config.model(), config.batchSize(), kernel) / 1e9));
    return figures;
  }

  @Override
  public void close() {
    session.close();
  }
}
