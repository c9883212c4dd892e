package dev.tfal.graph;

/**
 * How the TensorFlow runtime runs the graph.
 *
 * @param intraOpThreads threads inside one op (0 = TensorFlow's choice)
 * @param interOpThreads ops run concurrently (0 = TensorFlow's choice)
 */
public record RuntimeConfig(int intraOpThreads, int interOpThreads) {
  public RuntimeConfig {
    if (intraOpThreads < 0) {
      throw new IllegalArgumentException("intraOpThreads must be >= 0, got " + intraOpThreads);
    }
    if (interOpThreads < 0) {
      throw new IllegalArgumentException("interOpThreads must be >= 0, got " + interOpThreads);
    }
  }

  /** TensorFlow's own thread-pool sizing (one thread per core for each pool). */
  public static RuntimeConfig defaults() {
    return new RuntimeConfig(0, 0);
  }
}
