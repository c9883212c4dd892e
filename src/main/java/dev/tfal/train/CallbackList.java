package dev.tfal.train;

import java.util.List;

/** Dispatches each hook to every callback in order. */
final class CallbackList implements Callback {
  private final List<Callback> callbacks;

  CallbackList(List<Callback> callbacks) {
    this.callbacks = List.copyOf(callbacks);
  }

  @Override
  public void onTrainBegin(TrainContext context) {
    callbacks.forEach(c -> c.onTrainBegin(context));
  }

  @Override
  public void onEpochBegin(int epoch, TrainContext context) {
    callbacks.forEach(c -> c.onEpochBegin(epoch, context));
  }

  @Override
  public void onBatchEnd(int batch, EpochLogs logs, TrainContext context) {
    callbacks.forEach(c -> c.onBatchEnd(batch, logs, context));
  }

  @Override
  public void onEpochEnd(int epoch, EpochLogs logs, TrainContext context) {
    callbacks.forEach(c -> c.onEpochEnd(epoch, logs, context));
  }

  @Override
  public void onTrainEnd(TrainContext context) {
    callbacks.forEach(c -> c.onTrainEnd(context));
  }
}
