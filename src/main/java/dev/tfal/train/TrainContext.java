package dev.tfal.train;

import dev.tfal.graph.ModelWeights;
import java.util.Optional;
import java.util.Set;

/** What a callback may see of a running fit, plus the one thing it may ask: to stop. */
public interface TrainContext {
  /** Epochs the fit may run at most. */
  int epochs();

  /** Training batches per epoch. */
  int stepsPerEpoch();

  /** Metric keys each epoch's logs will hold. */
  Set<String> metricKeys();

  /** A snapshot of the model's current weights. */
  ModelWeights weights();

  /** Asks the loop to stop after the current epoch; the first reason given is kept. */
  void requestStop(String reason);

  /** The reason of the first stop request so far, if any callback asked to stop. */
  Optional<String> stopRequest();
}
