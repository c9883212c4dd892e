package dev.tfal.train;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keras-style progress on a stream (stderr): {@code Epoch 3/20}, then {@code 98/157
 * [=======>......] ETA 7s - 42ms/step - loss: 0.4123 - binary_accuracy: 0.8125}. On an interactive
 * console the line is redrawn with {@code \r} at most every 100 ms; otherwise one line per epoch.
 */
public final class ProgressPrinter implements Callback {
  private static final int BAR_WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream out;
  private final boolean interactive;
  private final LongSupplier clock;
  private long epochStart;
  private long lastDraw;

  public ProgressPrinter(PrintStream out, boolean interactive, LongSupplier clock) {
    this.out = out;
    this.interactive = interactive;
    this.clock = clock;
  }

  @Override
  public void onEpochBegin(int epoch, TrainContext context) {
    out.printf(Locale.ROOT, "Epoch %d/%d%n", epoch + 1, context.epochs());
    epochStart = clock.getAsLong();
    lastDraw = epochStart;
  }

  @Override
  public void onBatchEnd(int batch, EpochLogs logs, TrainContext context) {
    long now = clock.getAsLong();
    if (!interactive || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    int done = batch + 1;
    int total = context.stepsPerEpoch();
    double stepMs = (now - epochStart) / 1e6 / done;
    long etaSeconds = Math.round(stepMs * (total - done) / 1000);
    out.print(
        "\r"
            + counter(done, total)
            + " "
            + bar(done, total)
            + " ETA "
            + etaSeconds
            + "s - "
            + Math.round(stepMs)
            + "ms/step"
            + metrics(logs.asMap()));
    out.flush();
  }

  @Override
  public void onEpochEnd(int epoch, EpochLogs logs, TrainContext context) {
    long now = clock.getAsLong();
    int total = context.stepsPerEpoch();
    double seconds = (now - epochStart) / 1e9;
    long stepMs = Math.round(seconds * 1000 / Math.max(1, total));
    out.print(
        (interactive ? "\r" : "")
            + counter(total, total)
            + " "
            + bar(total, total)
            + " "
            + Math.round(seconds)
            + "s "
            + stepMs
            + "ms/step"
            + metrics(logs.asMap())
            + "\n");
    out.flush();
  }

  private static String counter(int done, int total) {
    String width = Integer.toString(total);
    return String.format(Locale.ROOT, "%" + width.length() + "d/%s", done, width);
  }

  static String bar(int done, int total) {
    int filled = (int) ((long) BAR_WIDTH * done / Math.max(1, total));
    StringBuilder bar = new StringBuilder("[");
    for (int i = 0; i < BAR_WIDTH; i++) {
      bar.append(i < filled ? '=' : i == filled ? '>' : '.');
    }
    return bar.append(']').toString();
  }

  /** {@code " - key: value"} for every metric; counts as integers, others to 4 decimals. */
  static String metrics(Map<String, Double> logs) {
    StringBuilder text = new StringBuilder();
    logs.forEach(
        (key, value) ->
            text.append(" - ")
                .append(key)
                .append(": ")
                .append(
                    key.endsWith("_negatives") || key.endsWith("_positives")
                        ? Long.toString(Math.round(value))
                        : String.format(Locale.ROOT, "%.4f", value)));
    return text.toString();
  }
}
