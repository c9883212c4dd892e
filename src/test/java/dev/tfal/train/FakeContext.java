package dev.tfal.train;

import dev.tfal.graph.ModelWeights;
import dev.tfal.metrics.BinaryScores;
import dev.tfal.metrics.MetricKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A {@link TrainContext} driven by the test: it records stop requests and serves set weights. */
final class FakeContext implements TrainContext {
  /** The eight keys a fit's epoch logs hold. */
  static final Set<String> FIT_KEYS = fitKeys();

  private final int epochs;
  private final int stepsPerEpoch;
  private final List<String> stopReasons = new ArrayList<>();
  private ModelWeights weights;
  private int weightReads;

  FakeContext(int epochs, int stepsPerEpoch) {
    this.epochs = epochs;
    this.stepsPerEpoch = stepsPerEpoch;
  }

  /**
   * Feeds {@code values} of {@code key} as the epoch logs of consecutive epochs, as the fit loop
   * does: it stops after the epoch in which a stop was first requested. Returns that epoch (from
   * 0), or -1 if no stop was requested.
   */
  int feed(Callback callback, String key, double... values) {
    callback.onTrainBegin(this);
    for (int epoch = 0; epoch < values.length; epoch++) {
      callback.onEpochBegin(epoch, this);
      callback.onEpochEnd(epoch, logs(key, values[epoch]), this);
      if (stopRequested()) {
        return epoch;
      }
    }
    return -1;
  }

  /** Full epoch logs whose {@code key} is {@code value}; the other metrics are fixed. */
  static EpochLogs logs(String key, double value) {
    Map<String, Double> values = new BinaryScores(0.25, 0.75, 3, 1, 16).toLogs("");
    values.putAll(new BinaryScores(0.625, 0.5, 2, 6, 16).toLogs(MetricKeys.VALIDATION_PREFIX));
    values.put(key, value);
    return EpochLogs.of(values);
  }

  void setWeights(ModelWeights weights) {
    this.weights = weights;
  }

  int weightReads() {
    return weightReads;
  }

  boolean stopRequested() {
    return !stopReasons.isEmpty();
  }

  List<String> stopReasons() {
    return List.copyOf(stopReasons);
  }

  @Override
  public int epochs() {
    return epochs;
  }

  @Override
  public int stepsPerEpoch() {
    return stepsPerEpoch;
  }

  @Override
  public Set<String> metricKeys() {
    return FIT_KEYS;
  }

  @Override
  public ModelWeights weights() {
    weightReads++;
    return weights;
  }

  @Override
  public void requestStop(String reason) {
    stopReasons.add(reason);
  }

  @Override
  public Optional<String> stopRequest() {
    return stopReasons.stream().findFirst();
  }

  private static Set<String> fitKeys() {
    Set<String> keys =
        new LinkedHashSet<>(
            List.of("loss", "binary_accuracy", "false_negatives", "false_positives"));
    keys.addAll(
        List.of("val_loss", "val_binary_accuracy", "val_false_negatives", "val_false_positives"));
    return Collections.unmodifiableSet(keys);
  }
}
