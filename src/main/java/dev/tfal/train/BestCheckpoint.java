package dev.tfal.train;

import dev.tfal.graph.ModelWeights;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the weights of the best epoch by the monitored metric, in memory and through a {@link
 * CheckpointWriter}, as Keras' ModelCheckpoint with {@code save_best_only}.
 */
public final class BestCheckpoint implements Callback {
  private final Monitor monitor;
  private final CheckpointWriter writer;
  private final PrintStream log;
  private double best;
  private int bestEpoch = -1;
  private ModelWeights bestWeights;

  /**
   * The best epoch so far, so that a resumed fit compares against it.
   *
   * @param value the monitor's best value
   * @param epoch best epoch, from 0; -1 if none improved
   * @param weights that epoch's weights, absent when {@code epoch} is -1
   */
  public record State(double value, int epoch, Optional<ModelWeights> weights) {
    public State {
      if (weights.isPresent() != (epoch >= 0)) {
        throw new IllegalArgumentException(
            "weights must be present exactly when epoch >= 0, got epoch " + epoch);
      }
    }
  }

  public BestCheckpoint(Monitor monitor, CheckpointWriter writer, PrintStream log) {
    this.monitor = monitor;
    this.writer = writer;
    this.log = log;
    this.best = monitor.worst();
  }

  @Override
  public void onTrainBegin(TrainContext context) {
    MonitorCheck.requireKnown(monitor, context, "the best checkpoint");
  }

  @Override
  public void onEpochEnd(int epoch, EpochLogs logs, TrainContext context) {
    double current = logs.get(monitor.key());
    if (!monitor.improves(current, best)) {
      log.printf(
          Locale.ROOT,
          "Epoch %d: %s did not improve from %s%n",
          epoch + 1,
          monitor.key(),
          format(best));
      return;
    }
    ModelWeights weights = context.weights();
    try {
      var where = writer.write(weights, epoch, logs);
      log.printf(
          Locale.ROOT,
          "Epoch %d: %s improved from %s to %s, saved to %s%n",
          epoch + 1,
          monitor.key(),
          format(best),
          format(current),
          where);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the best checkpoint of epoch " + (epoch + 1), e);
    }
    best = current;
    bestEpoch = epoch;
    bestWeights = weights;
  }

  private static String format(double value) {
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return String.format(Locale.ROOT, "%.5f", value);
  }

  /** Best epoch, counted from 0; -1 if no epoch ended. */
  public int bestEpoch() {
    return bestEpoch;
  }

  public double bestValue() {
    return best;
  }

  public Optional<ModelWeights> bestWeights() {
    return Optional.ofNullable(bestWeights);
  }

  public State state() {
    return new State(best, bestEpoch, bestWeights());
  }

  /** Continues from {@code state}: later epochs must beat its value to be saved. */
  public void resumeFrom(State state) {
    best = state.value();
    bestEpoch = state.epoch();
    bestWeights = state.weights().orElse(null);
  }
}
