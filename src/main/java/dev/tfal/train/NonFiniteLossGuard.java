package dev.tfal.train;

import dev.tfal.metrics.MetricKeys;

/**
 * Fails the fit as soon as the running training loss is NaN or infinite, naming the epoch and
 * batch, as Keras' TerminateOnNaN but with an error instead of a silent stop.
 */
public final class NonFiniteLossGuard implements Callback {
  private int epoch;

  @Override
  public void onEpochBegin(int epoch, TrainContext context) {
    this.epoch = epoch;
  }

  @Override
  public void onBatchEnd(int batch, EpochLogs logs, TrainContext context) {
    double loss = logs.get(MetricKeys.LOSS);
    if (!Double.isFinite(loss)) {
      throw new TrainingDivergedException(
          "training loss became "
              + loss
              + " at epoch "
              + (epoch + 1)
              + ", batch "
              + (batch + 1)
              + "; lower the learning rate or check the input data");
    }
  }
}
