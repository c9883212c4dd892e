package dev.tfal.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a fit writes and what it starts from.
 *
 * @param checkpoints where the best epoch's weights go
 * @param historyCsv where to keep the per-epoch history, rewritten after each epoch
 * @param extra further callbacks, run after the standard ones
 * @param stateFile where to write a {@link TrainState} after every completed epoch
 * @param resumeFrom the state of an interrupted fit to continue
 */
public record FitSetup(
    CheckpointWriter checkpoints,
    Optional<Path> historyCsv,
    List<Callback> extra,
    Optional<Path> stateFile,
    Optional<TrainState> resumeFrom) {

  public FitSetup {
    if (checkpoints == null) {
      throw new IllegalArgumentException("checkpoints must not be null");
    }
    extra = List.copyOf(extra);
  }

  /** A fresh fit that keeps no resumable state. */
  public static FitSetup of(
      CheckpointWriter checkpoints, Optional<Path> historyCsv, List<Callback> extra) {
    return new FitSetup(checkpoints, historyCsv, extra, Optional.empty(), Optional.empty());
  }

  public FitSetup withStateFile(Path file) {
    return new FitSetup(checkpoints, historyCsv, extra, Optional.of(file), resumeFrom);
  }

  public FitSetup withResumeFrom(Optional<TrainState> state) {
    return new FitSetup(checkpoints, historyCsv, extra, stateFile, state);
  }
}
