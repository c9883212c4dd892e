package dev.tfal.train;

/**
 * Hooks into a fit, named as Keras names them. Every hook has a no-op default; epochs and batches
 * are counted from 0 here and shown from 1 to users.
 */
public interface Callback {
  default void onTrainBegin(TrainContext context) {}

  default void onEpochBegin(int epoch, TrainContext context) {}

  /** After each training batch; {@code logs} hold the running training metrics of the epoch. */
  default void onBatchEnd(int batch, EpochLogs logs, TrainContext context) {}

  /** After validation; {@code logs} hold training and {@code val_} metrics. */
  default void onEpochEnd(int epoch, EpochLogs logs, TrainContext context) {}

  default void onTrainEnd(TrainContext context) {}
}
