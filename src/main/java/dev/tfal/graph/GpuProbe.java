package dev.tfal.graph;

import dev.tfal.error.RuntimeFailureException;
import org.tensorflow.DeviceSpec;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;

/**
 * Whether TensorFlow can run an op on a GPU here: places one constant on {@code GPU:0} with soft
 * placement off and runs it. The answer is computed once per process.
 */
final class GpuProbe {
  private static volatile Boolean available;

  private GpuProbe() {}

  static boolean gpuAvailable() {
    Boolean known = available;
    if (known == null) {
      known = probe();
      available = known;
    }
    return known;
  }

  /** Throws the explanation when {@code runtime} asks for a GPU and there is none. */
  static void require(RuntimeConfig runtime) {
    if (runtime.device() == ComputeDevice.GPU && !gpuAvailable()) {
      throw new RuntimeFailureException(
          "--device gpu: TensorFlow sees no GPU ("
              + NativeBuild.current().label()
              + " build). The default build uses the CPU-only TensorFlow"
              + " (tensorflow-core-platform); run the GPU build ('TFAL_BUILD=gpu ./tfal ...', the"
              + " Maven profile gpu, which needs the CUDA 12 and cuDNN 9 libraries on the library"
              + " path) on a machine with an NVIDIA GPU, or use --device cpu or auto.");
    }
  }

  private static boolean probe() {
    try (Graph graph = new Graph()) {
      Ops tf =
          Ops.create(graph)
              .withDevice(
                  DeviceSpec.newBuilder()
                      .deviceType(DeviceSpec.DeviceType.GPU)
                      .deviceIndex(0)
                      .build());
      var one = tf.constant(1f);
      ConfigProto strict = ConfigProto.newBuilder().setAllowSoftPlacement(false).build();
      try (Session session = new Session(graph, false, strict)) {
        session.runner().fetch(one).run().close();
        return true;
      }
    } catch (TensorFlowException | IllegalArgumentException e) {
      return false;
    }
  }
}
