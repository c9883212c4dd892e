package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pool of 1,000,000 reviews is scored in a JVM limited to 1 GiB of heap, through the controller's
 * path (pool state with on-demand vectorization, pool scorer, strategy selection). With the whole
 * pool vectorized up front, as before, its token ids alone (1,000,000 x 150 int32) take 600 MB, and
 * the candidates' copy another 600 MB: that run fails with OutOfMemoryError. The child also checks
 * its first 5,000 streamed scores against scoring those reviews directly.
 */
class PoolScoringMemoryTest {
  private static final int REVIEWS = 1_000_000;

  @TempDir Path tmp;

  @Test
  void millionReviewPoolIsScoredInOneGibibyteOfHeap() throws IOException, InterruptedException {
    Path output = tmp.resolve("child.txt");
    Process child = start(output);
    if (!child.waitFor(240, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      fail("child JVM still running after 240 s:\n" + Files.readString(output));
    }
    String out = Files.readString(output);
    assertEquals(0, child.exitValue(), out);
    List<String> lines = out.lines().toList();
    assertTrue(lines.contains("scored " + REVIEWS), out);
    assertTrue(lines.contains("selected 100"), out);
    assertTrue(heapAtMostOneGiB(lines), out);
  }

  private static boolean heapAtMostOneGiB(List<String> lines) {
    return lines.stream()
        .filter(l -> l.startsWith("max heap "))
        .mapToLong(l -> Long.parseLong(l.substring("max heap ".length())))
        .anyMatch(bytes -> bytes <= (1L << 30));
  }

  private static Process start(Path output) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(),
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            MillionReviewPool.class.getName(),
            Integer.toString(REVIEWS),
            "4096");
    builder.environment().putIfAbsent("TF_CPP_MIN_LOG_LEVEL", "3");
    builder.redirectErrorStream(true);
    builder.redirectOutput(output.toFile());
    return builder.start();
  }
}
