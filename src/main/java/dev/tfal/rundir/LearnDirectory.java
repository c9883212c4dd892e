package dev.tfal.rundir;

import java.nio.file.Path;

/** The files of an active-learning run directory, beyond those of a training run. */
public record LearnDirectory(RunDirectory run) {
  public Path journal() {
    return run.root().resolve("labels.jsonl");
  }

  public Path state() {
    return run.root().resolve("state.json");
  }

  public Path rounds() {
    return run.root().resolve("rounds.csv");
  }

  public Path learningCurve() {
    return run.root().resolve("learning-curve.png");
  }

  /** The best model of one round. */
  public Path roundBest(int round) {
    return run.root().resolve("rounds").resolve("round-" + round);
  }
}
