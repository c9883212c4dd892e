package dev.tfal.active;

import dev.tfal.graph.TrainableModel;
import dev.tfal.train.Trainer;

/**
 * The model a session trains and how: the model (owned and closed by the caller), the trainer that
 * fits it each round, and where each round's best epoch and the session's best model are written.
 */
public record SessionModel(TrainableModel model, Trainer trainer, RoundCheckpoints checkpoints) {
  /** The session's seed, the training's: of fresh weights, pseudo-label mixing and selections. */
  public long seed() {
    return trainer.config().seed();
  }

  public int batchSize() {
    return trainer.config().batchSize();
  }
}
