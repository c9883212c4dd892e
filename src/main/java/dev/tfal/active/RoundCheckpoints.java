package dev.tfal.active;

import dev.tfal.graph.ModelWeights;
import dev.tfal.train.EpochLogs;
import java.io.IOException;
import java.nio.file.Path;

/** Where the best model of each round and the best model overall are written. */
public interface RoundCheckpoints {
  /** Writes the best epoch so far of round {@code round}. */
  Path writeRoundBest(int round, ModelWeights weights, int epoch, EpochLogs logs)
      throws IOException;

  /** Writes a new overall best model (best round by the training's monitor). */
  Path writeOverallBest(int round, ModelWeights weights, EpochLogs logs) throws IOException;
}
