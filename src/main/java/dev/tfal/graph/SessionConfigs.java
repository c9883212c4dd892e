package dev.tfal.graph;

import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;

/** Session options shared by the training and export sessions. */
final class SessionConfigs {
  private SessionConfigs() {}

  /**
   * Grappler's meta-optimizer is off: on the unrolled LSTM graph it spends ~15 s on the first step
   * and buys no step speed.
   */
  static ConfigProto of(RuntimeConfig runtime) {
    GpuProbe.require(runtime);
    ConfigProto.Builder config = ConfigProto.newBuilder();
    if (runtime.device() == ComputeDevice.CPU) {
      config.putDeviceCount("GPU", 0);
    }
    return config
        .setIntraOpParallelismThreads(runtime.intraOpThreads())
        .setInterOpParallelismThreads(runtime.interOpThreads())
        .setAllowSoftPlacement(true)
        .setGraphOptions(
            GraphOptions.newBuilder()
                .setRewriteOptions(RewriterConfig.newBuilder().setDisableMetaOptimizer(true)))
        .build();
  }
}
