package dev.tfal.graph;

import java.util.Arrays;
import java.util.Locale;

/** Where the graph runs: {@code --device auto|cpu|gpu}. */
public enum ComputeDevice {
  /** TensorFlow's placement: the GPU when the build and the machine have one, else the CPU. */
  AUTO,
  /** The CPU only, even where a GPU is visible. */
  CPU,
  /** A GPU; refused with an explanation when TensorFlow sees none. */
  GPU;

  /** Whether TensorFlow can place an op on a GPU in this process (probed once). */
  public static boolean gpuVisible() {
    return GpuProbe.gpuAvailable();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ComputeDevice fromLabel(String label) {
    return Arrays.stream(values())
        .filter(device -> device.label().equals(label))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown device '" + label + "' (expected auto, cpu or gpu)"));
  }
}
