package dev.tfal.train;

import dev.tfal.graph.ModelWeights;
import java.util.List;
import java.util.Optional;

/**
 * Outcome of one fit.
 *
 * @param epochs logs of every epoch run
 * @param bestEpoch best epoch by the monitor, counted from 0
 * @param bestWeights weights at the end of the best epoch
 * @param stopReason why the fit ended before its last epoch, if it did
 * @param seconds wall time of the fit
 */
public record TrainResult(
    List<EpochLogs> epochs,
    int bestEpoch,
    ModelWeights bestWeights,
    Optional<String> stopReason,
    double seconds) {

  public TrainResult {
    epochs = List.copyOf(epochs);
  }

  public int epochsRun() {
    return epochs.size();
  }

  /** Logs of the best epoch. */
  public EpochLogs best() {
    return epochs.get(bestEpoch);
  }
}
