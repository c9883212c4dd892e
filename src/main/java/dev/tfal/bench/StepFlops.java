package dev.tfal.bench;

import dev.tfal.graph.LstmKernel;
import dev.tfal.graph.ModelSpec;

/**
 * Multiply-add work of one training step (forward, then gradients with respect to inputs and
 * weights: three times the forward products), counting the MatMuls only.
 */
final class StepFlops {
  private StepFlops() {}

  /** The plain unrolled formulation: every position projected through the input kernel. */
  static double nominal(ModelSpec spec, int batch) {
    double positions = 2.0 * batch * spec.sequenceLength();
    double inputProjection = positions * spec.embeddingDim() * spec.gateUnits() * 2;
    return 3 * (inputProjection + recurrent(spec, batch) + dense(spec, batch));
  }

  /** What {@code kernel} actually multiplies. */
  static double actual(ModelSpec spec, int batch, LstmKernel kernel) {
    return switch (kernel) {
      case UNROLLED -> nominal(spec, batch);
      case PROJECTED, PROJECTED_BATCHED -> {
        double table = 2.0 * spec.vocabularySize() * spec.embeddingDim() * spec.gateUnits() * 2;
        yield 3 * (table + recurrent(spec, batch) + dense(spec, batch));
      }
    };
  }

  private static double recurrent(ModelSpec spec, int batch) {
    return 2.0 * batch * (spec.sequenceLength() - 1) * spec.lstmUnits() * spec.gateUnits() * 2;
  }

  private static double dense(ModelSpec spec, int batch) {
    return 2.0 * batch * (spec.bidirectionalUnits() * spec.denseUnits() + spec.denseUnits());
  }
}
