package dev.tfal.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Stops the fit when the monitored metric has not improved for {@code patience} epochs, as Keras'
 * EarlyStopping (without restoring weights: the best checkpoint keeps the best epoch).
 */
public final class EarlyStopping implements Callback {
  private final Monitor monitor;
  private final int patience;
  private final PrintStream log;
  private State resumed;
  private double best;
  private int bestEpoch;
  private int wait;

  /**
   * Where early stopping stands after an epoch, so that a resumed fit counts on from there.
   *
   * @param best best value of the monitor so far
   * @param bestEpoch epoch of {@code best}, from 0; -1 if none improved
   * @param epochsWithoutImprovement epochs since the last improvement
   */
  public record State(double best, int bestEpoch, int epochsWithoutImprovement) {
    public State {
      if (bestEpoch < -1 || epochsWithoutImprovement < 0) {
        throw new IllegalArgumentException(
            "bestEpoch must be >= -1 and epochsWithoutImprovement >= 0, got "
                + bestEpoch
                + " and "
                + epochsWithoutImprovement);
      }
    }
  }

  public EarlyStopping(Monitor monitor, int patience, PrintStream log) {
    if (patience < 0) {
      throw new IllegalArgumentException("patience must be >= 0, got " + patience);
    }
    this.monitor = monitor;
    this.patience = patience;
    this.log = log;
  }

  @Override
  public void onTrainBegin(TrainContext context) {
    MonitorCheck.requireKnown(monitor, context, "early stopping");
    State start = resumed != null ? resumed : new State(monitor.worst(), -1, 0);
    best = start.best();
    bestEpoch = start.bestEpoch();
    wait = start.epochsWithoutImprovement();
  }

  /** Starts the next fit from {@code state} instead of from scratch. */
  public void resumeFrom(State state) {
    this.resumed = state;
    this.best = state.best();
    this.bestEpoch = state.bestEpoch();
    this.wait = state.epochsWithoutImprovement();
  }

  public State state() {
    return new State(best, bestEpoch, wait);
  }

  @Override
  public void onEpochEnd(int epoch, EpochLogs logs, TrainContext context) {
    double current = logs.get(monitor.key());
    if (monitor.improves(current, best)) {
      best = current;
      bestEpoch = epoch;
      wait = 0;
      return;
    }
    wait++;
    if (wait >= patience) {
      String reason = "early stopping, best epoch " + (bestEpoch + 1);
      log.printf(Locale.ROOT, "Epoch %d: %s%n", epoch + 1, reason);
      context.requestStop(reason);
    }
  }

  /** Best epoch so far, counted from 0; -1 before the first epoch ends. */
  public int bestEpoch() {
    return bestEpoch;
  }
}
