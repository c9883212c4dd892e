package dev.tfal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine the benchmark runs on. */
final class Device {
  private Device() {}

  static String describe() {
    int cores = Runtime.getRuntime().availableProcessors();
    return "cpu: " + cores + " cores" + cpuModel() + avx512();
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
