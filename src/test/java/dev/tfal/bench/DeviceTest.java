package dev.tfal.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeviceTest {
  @Test
  void aVisibleGpuLeadsTheDescriptionAndTheHostFollows() {
    String cpu = Device.describe(false);
    assertTrue(cpu.startsWith("cpu: " + Runtime.getRuntime().availableProcessors() + " cores"));
    assertEquals("gpu: TensorFlow GPU:0; host " + cpu, Device.describe(true));
  }

  @Test
  void theCpuBuildDescribesTheCpu() {
    assertEquals(Device.describe(false), Device.describe(), "tensorflow-core-platform sees no GPU");
  }
}
