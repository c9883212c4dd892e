package dev.tfal.train;

import dev.tfal.error.RuntimeFailureException;
import dev.tfal.graph.ModelSession;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits a model as the reference does: validation every epoch, early stopping and a best-model
 * checkpoint on the same monitor, a non-finite-loss guard, a history and Keras-style progress.
 */
public final class Trainer {
  private final TrainConfig config;
  private final PrintStream log;
  private final boolean interactive;

  /**
   * @param log where progress and events go (stderr)
   * @param interactive whether {@code log} is a console that may be redrawn with {@code \r}
   */
  public Trainer(TrainConfig config, PrintStream log, boolean interactive) {
    this.config = config;
    this.log = log;
    this.interactive = interactive;
  }

  public TrainConfig config() {
    return config;
  }

  /**
   * Trains {@code model} in place; when it returns, the model holds the last epoch's weights and
   * the result the best epoch's.
   *
   * @param historyCsv where to keep the per-epoch history, rewritten after each epoch
   * @param extra further callbacks, run after the standard ones
   */
  public TrainResult fit(
      ModelSession model,
      EncodedExamples train,
      EncodedExamples validation,
      CheckpointWriter checkpoints,
      Optional<Path> historyCsv,
      List<Callback> extra) {
    long start = System.nanoTime();
    History history = new History(historyCsv);
    BestCheckpoint best = new BestCheckpoint(config.monitor(), checkpoints, log);
    List<Callback> callbacks =
        new ArrayList<>(
            List.of(
                new NonFiniteLossGuard(),
                new ProgressPrinter(log, interactive, System::nanoTime),
                history,
                best,
                new EarlyStopping(config.monitor(), config.patience(), log)));
    callbacks.addAll(extra);
    FitLoop loop = new FitLoop(model, train, validation, config, callbacks);
    loop.run();
    if (best.bestWeights().isEmpty()) {
      throw new RuntimeFailureException("training ended without a finished epoch");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new TrainResult(
        history.epochs(), best.bestEpoch(), best.bestWeights().get(), loop.stopReason(), seconds);
  }
}
