package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --device}: cpu always runs; gpu on the default, CPU-only build is refused with a runtime
 * error (exit 4) that says how to get a GPU build, before anything is written; unknown devices are
 * usage errors.
 */
class DeviceOptionTest {
  private static String[] train(Path dir, String device) {
    return TfalHome.microArgs(
        "train", "--epochs", "1", "--device", device, "--out", dir.toString());
  }

  @Test
  void cpuTrains(@TempDir Path dir) throws IOException {
    TfalHome home = TfalHome.create(dir);
    Execution run = home.run(train(dir.resolve("run"), "cpu"));
    assertEquals(0, run.code(), run.describe());
    assertTrue(Files.isRegularFile(dir.resolve("run/metrics.json")));
  }

  @Test
  void gpuWithoutAGpuIsRefusedWithTheWayToGetOne(@TempDir Path dir) throws IOException {
    assumeTrue(
        !gpuBuild(), "a GPU build of TensorFlow is on the class path; the refusal does not apply");
    TfalHome home = TfalHome.create(dir);
    Execution run = home.run(train(dir.resolve("run"), "gpu"));
    assertEquals(ExitCodes.RUNTIME, run.code(), run.describe());
    assertTrue(run.err().contains("--device gpu: TensorFlow sees no GPU"), run.describe());
    assertTrue(run.err().contains("TFAL_BUILD=gpu ./tfal"), run.describe());
    assertTrue(run.err().contains("(cpu build)"), run.describe());
    assertTrue(!Files.exists(dir.resolve("run")), "nothing may be written for a refused device");
  }

  @Test
  void unknownDeviceIsAUsageError(@TempDir Path dir) throws IOException {
    TfalHome home = TfalHome.create(dir);
    Execution run = home.run(train(dir.resolve("run"), "tpu"));
    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertTrue(run.err().contains("unknown device 'tpu'"), run.describe());
  }

  /** Whether the GPU native artifact (the gpu Maven profile) is on the test class path. */
  private static boolean gpuBuild() {
    return System.getProperty("java.class.path").contains("linux-x86_64-gpu");
  }
}
