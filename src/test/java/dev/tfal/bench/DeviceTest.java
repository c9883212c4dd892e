package dev.tfal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.graph.NativeBuild;
import org.junit.jupiter.api.Test;

class DeviceTest {
  @Test
  void aVisibleGpuLeadsTheDescriptionAndTheHostFollows() {
    String cpu = Device.describe(false, NativeBuild.GPU);
    assertTrue(cpu.startsWith("cpu: " + Runtime.getRuntime().availableProcessors() + " cores"));
    assertEquals("gpu: TensorFlow GPU:0; host " + cpu, Device.describe(true, NativeBuild.GPU));
  }

  @Test
  void theDescriptionSaysWhichNativeBuildRan() {
    assertTrue(Device.describe(false, NativeBuild.CPU).endsWith("; TensorFlow cpu build"));
    assertTrue(Device.describe(true, NativeBuild.GPU).endsWith("; TensorFlow gpu build"));
  }

  @Test
  void theCpuBuildDescribesTheCpu() {
    assertEquals(
        Device.describe(false, NativeBuild.CPU),
        Device.describe(),
        "tensorflow-core-platform sees no GPU");
  }
}
