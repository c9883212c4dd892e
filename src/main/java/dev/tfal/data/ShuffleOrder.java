package dev.tfal.data;

/** Whether a shuffled {@link Dataset} yields the same order on every iteration or a new one. */
public enum ShuffleOrder {
  /** Every iteration uses the given seed, so every iteration yields the same order. */
  FIXED,
  /**
   * The k-th iteration (k = 0, 1, ...) opened on the shuffle stage uses seed {@code seed + k}, so
   * each epoch gets a new order that is still fully determined by the seed and by how many
   * iterations were opened before it.
   */
  RESHUFFLE_EACH_ITERATION
}
