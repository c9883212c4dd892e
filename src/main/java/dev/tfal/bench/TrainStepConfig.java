package dev.tfal.bench;

import dev.tfal.graph.LstmKernel;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.graph.RuntimeConfig;
import java.util.List;

/**
 * Settings of the {@code train-step} scenario.
 *
 * @param model the model to step (the reference model by default)
 * @param optimizer its optimizer
 * @param runtime thread counts (the kernel field is ignored; {@code kernels} says which run)
 * @param batchSize rows per synthetic batch
 * @param warmupSteps steps run and discarded after the first
 * @param steps steps timed
 * @param kernels LSTM layouts measured, in this order; the first is the one reported at the top
 */
public record TrainStepConfig(
    ModelSpec model,
    OptimizerSpec optimizer,
    RuntimeConfig runtime,
    int batchSize,
    int warmupSteps,
    int steps,
    List<LstmKernel> kernels) {
  public TrainStepConfig {
    if (batchSize <= 0 || warmupSteps < 0 || steps <= 0) {
      throw new IllegalArgumentException(
          "batch size and steps must be > 0 and warm-up >= 0, got "
              + batchSize
              + ", "
              + steps
              + ", "
              + warmupSteps);
    }
    if (kernels.isEmpty()) {
      throw new IllegalArgumentException("no LSTM kernel to measure");
    }
    kernels = List.copyOf(kernels);
  }
}
