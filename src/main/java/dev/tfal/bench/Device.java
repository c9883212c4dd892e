package dev.tfal.bench;

import dev.tfal.graph.ComputeDevice;
import dev.tfal.graph.NativeBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line description of the machine the benchmark runs on: the GPU TensorFlow places the graph
 * on when it sees one (benchmarks run with automatic placement), the host CPU, and which TensorFlow
 * native build ran ({@code TFAL_BUILD=cpu|gpu}).
 */
final class Device {
  private Device() {}

  static String describe() {
    return describe(ComputeDevice.gpuVisible(), NativeBuild.current());
  }

  static String describe(boolean gpuVisible, NativeBuild build) {
    int cores = Runtime.getRuntime().availableProcessors();
    String cpu = "cpu: " + cores + " cores" + cpuModel() + avx512();
    String line = gpuVisible ? "gpu: TensorFlow GPU:0; host " + cpu : cpu;
    return line + "; TensorFlow " + build.label() + " build";
  }

  private static String cpuModel() {
    return cpuInfoValue("model name").map(model -> ", " + model).orElse("");
  }

  private static String avx512() {
    return cpuInfoValue("flags")
        .filter(f -> f.contains("avx512f"))
        .map(f -> ", AVX-512")
        .orElse("");
  }

  private static java.util.Optional<String> cpuInfoValue(String key) {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
