package dev.tfal.graph;

/**
 * How the TensorFlow runtime runs the graph.
 *
 * @param intraOpThreads threads inside one op (0 = TensorFlow's choice)
 * @param interOpThreads ops run concurrently (0 = TensorFlow's choice)
 * @param lstmKernel the op layout of the bidirectional LSTM (same function, different speed)
 * @param device where the graph runs
 */
public record RuntimeConfig(
    int intraOpThreads, int interOpThreads, LstmKernel lstmKernel, ComputeDevice device) {
  public RuntimeConfig {
    if (lstmKernel == null || device == null) {
      throw new IllegalArgumentException("lstmKernel and device must not be null");
    }
    if (intraOpThreads < 0) {
      throw new IllegalArgumentException("intraOpThreads must be >= 0, got " + intraOpThreads);
    }
    if (interOpThreads < 0) {
      throw new IllegalArgumentException("interOpThreads must be >= 0, got " + interOpThreads);
    }
  }

  /** Thread counts with the default (fastest) LSTM kernel and TensorFlow's device placement. */
  public RuntimeConfig(int intraOpThreads, int interOpThreads) {
    this(intraOpThreads, interOpThreads, LstmKernel.PROJECTED, ComputeDevice.AUTO);
  }

  /** TensorFlow's own thread-pool sizing (one thread per core for each pool). */
  public static RuntimeConfig defaults() {
    return new RuntimeConfig(0, 0);
  }

  public RuntimeConfig withLstmKernel(LstmKernel kernel) {
    return new RuntimeConfig(intraOpThreads, interOpThreads, kernel, device);
  }

  /**
   * Fails with the explanation when this asks for a GPU and TensorFlow sees none; commands call it
   * before they read data or write anything.
   */
  public RuntimeConfig requireDevice() {
    GpuProbe.require(this);
    return this;
  }

  public RuntimeConfig withDevice(ComputeDevice value) {
    return new RuntimeConfig(intraOpThreads, interOpThreads, lstmKernel, value);
  }
}
