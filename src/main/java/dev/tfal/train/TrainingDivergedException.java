package dev.tfal.train;

import dev.tfal.error.RuntimeFailureException;

/** The training loss stopped being a finite number. */
public final class TrainingDivergedException extends RuntimeFailureException {
  public TrainingDivergedException(String message) {
    super(message);
  }
}
