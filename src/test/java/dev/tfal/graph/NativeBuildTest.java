package dev.tfal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NativeBuildTest {
  @Test
  void theCudaNativeJarOnTheClassPathMeansTheGpuBuild() {
    String repo = "m2/org/tensorflow/tensorflow-core-native/1.1.0/";
    assertEquals(
        NativeBuild.GPU,
        NativeBuild.fromClassPath(
            "a.jar:" + repo + "tensorflow-core-native-1.1.0-linux-x86_64-gpu.jar:b.jar"));
    assertEquals(
        NativeBuild.CPU,
        NativeBuild.fromClassPath(
            "a.jar:" + repo + "tensorflow-core-native-1.1.0-linux-x86_64.jar"));
  }

  @Test
  void theTestsRunTheCpuBuild() {
    assertEquals(NativeBuild.CPU, NativeBuild.current());
    assertEquals("cpu", NativeBuild.current().label());
  }
}
