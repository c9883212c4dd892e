package dev.tfal.train;

import dev.tfal.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every finished epoch's logs, kept in memory and, when given a file, rewritten atomically as CSV
 * after each epoch so that a crash keeps every finished epoch.
 */
public final class History implements Callback {
  private final List<EpochLogs> epochs = new ArrayList<>();
  private final Optional<Path> csv;

  public History(Optional<Path> csv) {
    this.csv = csv;
  }

  @Override
  public void onEpochEnd(int epoch, EpochLogs logs, TrainContext context) {
    epochs.add(logs);
    save();
  }

  /** Replaces the epochs kept so far by {@code earlier} (a resumed fit's) and rewrites the file. */
  public void resumeFrom(List<EpochLogs> earlier) {
    epochs.clear();
    epochs.addAll(earlier);
    save();
  }

  private void save() {
    if (csv.isPresent()) {
      try {
        AtomicFiles.writeString(csv.get(), toCsv());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("writing " + csv.get(), e);
      }
    }
  }

  public List<EpochLogs> epochs() {
    return List.copyOf(epochs);
  }

  /** Values of {@code key} per epoch. */
  public double[] series(String key) {
    return epochs.stream().mapToDouble(logs -> logs.get(key)).toArray();
  }

  /** Header {@code epoch,<keys>}, then one row per epoch counted from 1. */
  public String toCsv() {
    if (epochs.isEmpty()) {
      return "epoch\n";
    }
    List<String> keys = List.copyOf(epochs.get(0).keys());
    StringBuilder out = new StringBuilder("epoch," + String.join(",", keys) + "\n");
    for (int i = 0; i < epochs.size(); i++) {
      EpochLogs logs = epochs.get(i);
      out.append(i + 1)
          .append(',')
          .append(keys.stream().map(k -> format(logs.get(k))).collect(Collectors.joining(",")))
          .append('\n');
    }
    return out.toString();
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
