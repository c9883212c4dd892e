package dev.tfal.bench;

import dev.tfal.graph.LstmKernel;
import dev.tfal.graph.MatMulCeiling;
import dev.tfal.graph.TokenBatch;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The {@code train-step} scenario: optimizer steps on synthetic [batch, length] token batches for
 * each LSTM kernel, timed after warm-up, related to a MatMul ceiling measured in the same process.
 */
public final class TrainStepBench {
  private static final int CEILING_SIZE = 2048;
  private final TrainStepConfig config;
  private final PrintStream progress;

  public TrainStepBench(TrainStepConfig config, PrintStream progress) {
    this.config = config;
    this.progress = progress;
  }

  public BenchResult run() {
    TokenBatch batch = syntheticBatch();
    List<KernelRun> runs = new ArrayList<>();
    double peakRss = -1;
    try {
      for (LstmKernel kernel : config.kernels()) {
        runs.add(KernelRun.start(kernel, config, batch, progress));
        peakRss = peakRss < 0 ? PeakMemory.peakRssMb() : peakRss;
      }
      progress.printf(
          "train-step: timing %d steps per kernel, kernels interleaved%n", config.steps());
      for (int step = 0; step < config.steps(); step++) {
        runs.forEach(run -> run.timeStep(batch));
      }
    } finally {
      runs.forEach(KernelRun::close);
    }
    runs.forEach(run -> progress.println("train-step: " + run.summary()));
    progress.printf("measuring the MatMul ceiling (%d^3 float32)%n", CEILING_SIZE);
    double ceiling = MatMulCeiling.gflops(CEILING_SIZE, 5, config.runtime());
    return result(runs, ceiling, peakRss);
  }

  private BenchResult result(List<KernelRun> runs, double ceiling, double peakRss) {
    KernelRun first = runs.get(0);
    double median = first.times().median();
    double gflop = StepFlops.actual(config.model(), config.batchSize(), first.kernel()) / 1e9;
    BenchResult.Builder result =
        new BenchResult.Builder("train-step")
            .put("lstm_kernel", first.kernel().label())
            .put("batch_size", config.batchSize())
            .put("steps", config.steps())
            .put("graph_build_ms", first.buildMs())
            .put("first_step_ms", first.firstStepMs())
            .put("ms_per_step_median", median)
            .put("ms_per_step_min", first.times().min())
            .put("matmul_ceiling_gflops", ceiling)
            .put("gflop_per_step", gflop)
            .put("flop_utilization", gflop / (median / 1e3) / ceiling)
            .put(
                "nominal_gflop_per_step",
                StepFlops.nominal(config.model(), config.batchSize()) / 1e9)
            .put("peak_rss_mb", peakRss);
    if (runs.size() > 1) {
      double baseline = runs.get(runs.size() - 1).times().median();
      result.put("speedup_vs_last_kernel", baseline / median);
    }
    List<Map<String, Object>> kernels = new ArrayList<>();
    runs.forEach(run -> kernels.add(run.figures(config)));
    return result
        .put("kernels", kernels)
        .put("process_peak_rss_mb", PeakMemory.peakRssMb())
        .build();
  }

  private TokenBatch syntheticBatch() {
    int rows = config.batchSize();
    int length = config.model().sequenceLength();
    SplittableRandom random = new SplittableRandom(7);
    int[] ids = new int[rows * length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt(config.model().vocabularySize());
    }
    float[] labels = new float[rows];
    for (int i = 0; i < rows; i++) {
      labels[i] = random.nextInt(2);
    }
    return new TokenBatch(ids, labels, rows);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
