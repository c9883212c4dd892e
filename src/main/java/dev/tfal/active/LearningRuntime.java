package dev.tfal.active;

import dev.tfal.graph.ModelSession;
import dev.tfal.train.Trainer;
import java.io.PrintStream;

/**
 * The live collaborators of a session. The caller owns and closes the model session and the
 * journal.
 */
public final class LearningRuntime {
  private final ModelSession model;
  private final Trainer trainer;
  private final Oracle oracle;
  private final LabelJournal journal;
  private final RoundCheckpoints checkpoints;
  private final RoundListener listener;
  private final PrintStream log;

  /** Collaborators of a session; see the accessors. */
  public LearningRuntime(
      ModelSession model,
      Trainer trainer,
      Oracle oracle,
      LabelJournal journal,
      RoundCheckpoints checkpoints,
      RoundListener listener,
      PrintStream log) {
    this.model = model;
    this.trainer = trainer;
    this.oracle = oracle;
    this.journal = journal;
    this.checkpoints = checkpoints;
    this.listener = listener;
    this.log = log;
  }

  public ModelSession model() {
    return model;
  }

  public Trainer trainer() {
    return trainer;
  }

  public Oracle oracle() {
    return oracle;
  }

  public LabelJournal journal() {
    return journal;
  }

  public RoundCheckpoints checkpoints() {
    return checkpoints;
  }

  public RoundListener listener() {
    return listener;
  }

  public PrintStream log() {
    return log;
  }
}
