package dev.tfal.active;

/** What weights each round's training starts from. */
public enum RoundStart {
  /** The best weights so far, as the reference continues training its model. */
  WARM,
  /** Fresh initial weights every round. */
  RESET
}
