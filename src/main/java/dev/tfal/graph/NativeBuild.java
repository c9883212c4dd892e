package dev.tfal.graph;

/**
 * Which TensorFlow native library this process runs: the CPU bundle of {@code
 * tensorflow-core-platform}, or the CUDA build ({@code tensorflow-core-native} with the {@code
 * linux-x86_64-gpu} classifier, Maven profile {@code gpu}, {@code TFAL_BUILD=gpu ./tfal}).
 */
public enum NativeBuild {
  CPU,
  GPU;

  private static final String GPU_JAR_MARKER = "-linux-x86_64-gpu";

  /** The build of this process, read from its class path. */
  public static NativeBuild current() {
    return fromClassPath(System.getProperty("java.class.path", ""));
  }

  /** The build that a class path holds: GPU when it carries the CUDA native jar. */
  public static NativeBuild fromClassPath(String classPath) {
    return classPath.contains(GPU_JAR_MARKER) ? GPU : CPU;
  }

  /** Lower-case name, as {@code TFAL_BUILD} spells it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
