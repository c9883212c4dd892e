package dev.tfal.train;

import dev.tfal.data.CloseableIterator;
import dev.tfal.data.EncodedExamples;
import dev.tfal.data.LabelSet;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.TokenBatch;
import dev.tfal.graph.TrainableModel;
import dev.tfal.metrics.ClassifierMetrics;
import dev.tfal.metrics.ClassifierScores;
import dev.tfal.metrics.MetricKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The epoch loop: train on shuffled batches, validate, and tell the callbacks. Epoch {@code e}
 * shuffles with seed {@code seed + e} and draws its dropout masks under {@link #dropoutKey}{@code
 * (seed, e)}, so every epoch's randomness is a pure function of the seed and the epoch, and a fit
 * resumed at epoch {@code e} draws what an uninterrupted one would.
 */
final class FitLoop implements TrainContext {
  private final TrainableModel model;
  private final EncodedExamples train;
  private final EncodedExamples validation;
  private final TrainConfig config;
  private final CallbackList callbacks;
  private String stopReason;

  FitLoop(
      TrainableModel model,
      EncodedExamples train,
      EncodedExamples validation,
      TrainConfig config,
      List<Callback> callbacks) {
    this.model = model;
    this.train = train;
    this.validation = validation;
    this.config = config;
    this.callbacks = new CallbackList(callbacks);
  }

  /**
   * Runs from epoch {@code first} (0 for a fresh fit) until the last epoch or a stop request;
   * returns the number of epochs done, counting those before {@code first}.
   */
  int run(int first) {
    callbacks.onTrainBegin(this);
    int epoch = first;
    while (epoch < config.epochs() && stopReason == null) {
      callbacks.onEpochBegin(epoch, this);
      ClassifierScores trained = trainEpoch(epoch);
      ClassifierScores validated =
          Evaluator.classify(model, validation, config.batchSize(), classes());
      EpochLogs logs =
          EpochLogs.of(trained.toLogs("")).with(validated.toLogs(MetricKeys.VALIDATION_PREFIX));
      callbacks.onEpochEnd(epoch, logs, this);
      epoch++;
    }
    callbacks.onTrainEnd(this);
    return epoch;
  }

  Optional<String> stopReason() {
    return Optional.ofNullable(stopReason);
  }

  /** Unnamed classes for the progress metrics: only their number matters. */
  private LabelSet classes() {
    return ClassifierMetrics.unnamed(model.spec().classes()).result().multiclass().labels();
  }

  private ClassifierScores trainEpoch(int epoch) {
    ClassifierMetrics metrics = new ClassifierMetrics(classes());
    long seed = config.seed() + epoch;
    model.seedDropout(dropoutKey(config.seed(), epoch));
    try (CloseableIterator<TokenBatch> batches =
        train.shuffledBatches(config.batchSize(), config.shuffleBuffer(), seed).iterator()) {
      int index = 0;
      while (batches.hasNext()) {
        TokenBatch batch = batches.next();
        metrics.update(model.trainStep(batch), batch.labels());
        callbacks.onBatchEnd(index++, EpochLogs.of(metrics.result().toLogs("")), this);
      }
    }
    return metrics.result();
  }

  /** The key of epoch {@code epoch}'s dropout masks: a hash of the seed and the epoch. */
  static long dropoutKey(long seed, int epoch) {
    return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (epoch + 1L))).nextLong();
  }

  @Override
  public int epochs() {
    return config.epochs();
  }

  @Override
  public int stepsPerEpoch() {
    return (train.size() + config.batchSize() - 1) / config.batchSize();
  }

  @Override
  public Set<String> metricKeys() {
    ClassifierScores none = new ClassifierMetrics(classes()).result();
    Set<String> keys = new LinkedHashSet<>(none.toLogs("").keySet());
    keys.addAll(none.toLogs(MetricKeys.VALIDATION_PREFIX).keySet());
    return keys;
  }

  @Override
  public ModelWeights weights() {
    return model.weights();
  }

  @Override
  public void requestStop(String reason) {
    if (stopReason == null) {
      stopReason = reason;
    }
  }

  @Override
  public Optional<String> stopRequest() {
    return stopReason();
  }
}
