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
  private double best;
  private int bestEpoch;
  private int wait;

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
    best = monitor.worst();
    bestEpoch = -1;
    wait = 0;
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
