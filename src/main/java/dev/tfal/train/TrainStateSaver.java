package dev.tfal.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes the fit's {@link TrainState} after every completed epoch, atomically, as the last callback
 * of the epoch so that it sees the history, the best checkpoint, early stopping and any stop
 * request as they stand once the epoch is done.
 */
final class TrainStateSaver implements Callback {
  /** Takes the state after {@code epochsDone} epochs, stopped for {@code stopReason} if given. */
  @FunctionalInterface
  interface Snapshot {
    TrainState take(int epochsDone, Optional<String> stopReason);
  }

  private final Path file;
  private final Snapshot snapshot;

  TrainStateSaver(Path file, Snapshot snapshot) {
    this.file = file;
    this.snapshot = snapshot;
  }

  @Override
  public void onEpochEnd(int epoch, EpochLogs logs, TrainContext context) {
    try {
      TrainStateFile.write(file, snapshot.take(epoch + 1, context.stopRequest()));
    } catch (IOException e) {
      throw new UncheckedIOException("writing the training state of epoch " + (epoch + 1), e);
    }
  }
}
