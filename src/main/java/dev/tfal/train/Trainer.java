package dev.tfal.train;

import dev.tfal.data.EncodedExamples;
import dev.tfal.error.RuntimeFailureException;
import dev.tfal.graph.TrainableModel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fits a model as the reference does: validation every epoch, early stopping and a best-model
 * checkpoint on the same monitor, a non-finite-loss guard, a history and Keras-style progress.
 * Optionally writes a {@link TrainState} after every epoch and continues from one.
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
      TrainableModel model,
      EncodedExamples train,
      EncodedExamples validation,
      CheckpointWriter checkpoints,
      Optional<Path> historyCsv,
      List<Callback> extra) {
    return fit(model, train, validation, FitSetup.of(checkpoints, historyCsv, extra));
  }

  /**
   * Trains {@code model} in place as {@link #fit(TrainableModel, EncodedExamples, EncodedExamples,
   * CheckpointWriter, Optional, List)} does; with {@code setup.resumeFrom()}, first restores the
   * model, its optimizer state, the history, the best checkpoint and early stopping from that state
   * and runs only the epochs after it.
   */
  public TrainResult fit(
      TrainableModel model, EncodedExamples train, EncodedExamples validation, FitSetup setup) {
    long start = System.nanoTime();
    Optional<TrainState> resume = setup.resumeFrom();
    double before = resume.map(TrainState::seconds).orElse(0.0);
    History history = new History(setup.historyCsv());
    BestCheckpoint best = new BestCheckpoint(config.monitor(), setup.checkpoints(), log);
    EarlyStopping stopping = new EarlyStopping(config.monitor(), config.patience(), log);
    List<Callback> callbacks =
        new ArrayList<>(
            List.of(
                new NonFiniteLossGuard(),
                new ProgressPrinter(log, interactive, System::nanoTime),
                history,
                best,
                stopping));
    callbacks.addAll(setup.extra());
    setup
        .stateFile()
        .ifPresent(
            file -> callbacks.add(stateSaver(file, model, history, best, stopping, before, start)));
    resume.ifPresent(state -> restore(state, model, history, best, stopping, setup));
    FitLoop loop = new FitLoop(model, train, validation, config, callbacks);
    Optional<String> stopped = resume.flatMap(TrainState::stopReason);
    if (stopped.isEmpty()) {
      loop.run(resume.map(TrainState::epochsDone).orElse(0));
      stopped = loop.stopReason();
    }
    if (best.bestWeights().isEmpty()) {
      throw new RuntimeFailureException("training ended without a finished epoch");
    }
    return new TrainResult(
        history.epochs(),
        best.bestEpoch(),
        best.bestWeights().get(),
        stopped,
        before + elapsed(start));
  }

  /**
   * Writes the fit's state after every epoch; its time is {@code before} (the epochs before a
   * resume) plus the time since {@code start}.
   */
  private TrainStateSaver stateSaver(
      Path file,
      TrainableModel model,
      History history,
      BestCheckpoint best,
      EarlyStopping stopping,
      double before,
      long start) {
    return new TrainStateSaver(
        file,
        (done, stop) ->
            new TrainState(
                config.seed(),
                done,
                history.epochs(),
                model.weights(),
                model.optimizerState(),
                stopping.state(),
                best.state(),
                stop,
                before + elapsed(start)));
  }

  private static double elapsed(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private void restore(
      TrainState state,
      TrainableModel model,
      History history,
      BestCheckpoint best,
      EarlyStopping stopping,
      FitSetup setup) {
    if (state.seed() != config.seed()) {
      throw new IllegalArgumentException(
          "the training state was written with seed " + state.seed() + ", not " + config.seed());
    }
    model.load(state.weights());
    model.loadOptimizerState(state.optimizerState());
    history.resumeFrom(state.history());
    best.resumeFrom(state.best());
    stopping.resumeFrom(state.earlyStopping());
    rewriteBest(state, setup.checkpoints());
    log.printf(
        Locale.ROOT,
        "Resuming after epoch %d/%d%s%n",
        state.epochsDone(),
        config.epochs(),
        state.best().epoch() < 0 ? "" : ", best epoch " + (state.best().epoch() + 1));
  }

  /**
   * Writes the state's best checkpoint again, so that it matches the state even if the process
   * stopped after a later epoch had replaced it.
   */
  private static void rewriteBest(TrainState state, CheckpointWriter checkpoints) {
    if (state.best().weights().isEmpty()) {
      return;
    }
    int epoch = state.best().epoch();
    try {
      checkpoints.write(state.best().weights().get(), epoch, state.history().get(epoch));
    } catch (IOException e) {
      throw new UncheckedIOException("restoring the best checkpoint of epoch " + (epoch + 1), e);
    }
  }
}
