package dev.tfal.train;

import dev.tfal.graph.ModelWeights;
import java.util.List;
import java.util.Optional;

/**
 * Everything a fit needs to continue exactly after its last completed epoch: with the same data and
 * settings, a fit resumed from this state runs the remaining epochs as the uninterrupted fit would
 * (shuffles and dropout masks are pure functions of the seed and the epoch).
 *
 * @param seed the fit's seed, checked on resume
 * @param epochsDone completed epochs
 * @param history logs of every completed epoch
 * @param weights the weights after the last completed epoch
 * @param optimizerState the optimizer's state then (RMSprop velocities)
 * @param earlyStopping early stopping's counters
 * @param best the best checkpoint's value, epoch and weights
 * @param stopReason why the fit stopped, if a callback asked it to
 * @param seconds training time spent so far, over every process
 */
public record TrainState(
    long seed,
    int epochsDone,
    List<EpochLogs> history,
    ModelWeights weights,
    ModelWeights optimizerState,
    EarlyStopping.State earlyStopping,
    BestCheckpoint.State best,
    Optional<String> stopReason,
    double seconds) {

  public TrainState {
    history = List.copyOf(history);
    if (epochsDone <= 0 || epochsDone != history.size()) {
      throw new IllegalArgumentException(
          "epochsDone must be > 0 and equal the history's "
              + history.size()
              + ", got "
              + epochsDone);
    }
    if (best.epoch() >= epochsDone || earlyStopping.bestEpoch() >= epochsDone) {
      throw new IllegalArgumentException(
          "best epochs must be < epochsDone " + epochsDone + ", got " + best.epoch());
    }
  }

  /** Whether the fit has nothing left to run with {@code epochs} epochs at most. */
  public boolean finished(int epochs) {
    return stopReason.isPresent() || epochsDone >= epochs;
  }
}
