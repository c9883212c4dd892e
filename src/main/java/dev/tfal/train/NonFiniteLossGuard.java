package dev.tfal.train;

/**
 * Fails the fit as soon as the running training loss is NaN or infinite, naming the epoch and
 * batch, as Keras' TerminateOnNaN but with an error instead of a silent stop.
 */
public final class NonFiniteLossGuard implements Callback {
  @Override
  public void onBatchEnd(int batch, EpochLogs logs, TrainContext context) {
    double loss = logs.get(dev.tfal.metrics.MetricKeys.LOSS);
    if (!Double.isFinite(loss)) {
      throw new TrainingDivergedException("training loss became " + loss + " at batch "
          + (batch + 1) + "; lower the learning rate or check the input data");
    }
  }
}
