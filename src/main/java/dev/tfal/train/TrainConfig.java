package dev.tfal.train;

/**
 * Settings of one fit.
 *
 * @param epochs most epochs to run
 * @param batchSize examples per training step
 * @param shuffleBuffer tf.data-style shuffle buffer size
 * @param seed shuffling seed; epoch {@code e} shuffles with {@code seed + e}
 * @param patience epochs without improvement of the monitor before early stopping
 * @param monitor metric watched by early stopping and the best checkpoint
 */
public record TrainConfig(
    int epochs, int batchSize, int shuffleBuffer, long seed, int patience, Monitor monitor) {

  public TrainConfig {
    requirePositive("epochs", epochs);
    requirePositive("batchSize", batchSize);
    requirePositive("shuffleBuffer", shuffleBuffer);
    if (patience < 0) {
      throw new IllegalArgumentException("patience must be >= 0, got " + patience);
    }
    if (monitor == null) {
      throw new IllegalArgumentException("monitor must not be null");
    }
  }

  /** The reference example's settings: 20 epochs, batch 256, buffer 20,000, patience 4. */
  public static TrainConfig defaults() {
    return new TrainConfig(20, 256, 20_000, 1337, 4, Monitor.valLoss());
  }

  public TrainConfig withEpochs(int value) {
    return new TrainConfig(value, batchSize, shuffleBuffer, seed, patience, monitor);
  }

  public TrainConfig withSeed(long value) {
    return new TrainConfig(epochs, batchSize, shuffleBuffer, value, patience, monitor);
  }

  public TrainConfig withBatchSize(int value) {
    return new TrainConfig(epochs, value, shuffleBuffer, seed, patience, monitor);
  }

  private static void requirePositive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, got " + value);
    }
  }
}
