package dev.tfal.active;

import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.TrainableModel;

/** The weights a round's training starts from, as the round start and the session's past decide. */
sealed interface StartingWeights {
  /** Puts these weights into {@code model}. */
  void loadInto(TrainableModel model);

  /** Round 0 of a new session: the model's weights as opened, with its fresh optimizer. */
  record AsOpened() implements StartingWeights {
    @Override
    public void loadInto(TrainableModel model) {}
  }

  /** The session's best model so far (warm start), with a fresh optimizer. */
  record BestSoFar(ModelWeights weights) implements StartingWeights {
    @Override
    public void loadInto(TrainableModel model) {
      model.load(weights);
      model.resetOptimizer();
    }
  }

  /** Fresh initial weights of the round ({@code --reset}), with a fresh optimizer. */
  record Fresh(ModelWeights weights) implements StartingWeights {
    @Override
    public void loadInto(TrainableModel model) {
      model.load(weights);
      model.resetOptimizer();
    }
  }
}
