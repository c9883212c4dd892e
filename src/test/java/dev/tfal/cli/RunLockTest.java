package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tfal.io.RunLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command whose output directory another tfal process has locked stops before doing any work,
 * with one line saying so and exit status 1.
 */
class RunLockTest {
  @TempDir Path tmp;

  @Test
  void compareOnALockedDirectoryRefusesWithOneLine() throws IOException {
    TfalHome home = TfalHome.create(tmp.resolve("home"));
    Path out = Files.createDirectories(tmp.resolve("cmp"));
    try (RunLock held = RunLock.acquire(out)) {
      Execution run =
          home.run(
              "compare",
              "--data",
              TfalHome.resource("reviews.csv").toString(),
              "--preset",
              TfalHome.MICRO,
              "--strategies",
              "random",
              "--seeds",
              "1",
              "--out",
              out.toString());

      assertEquals(2, run.code(), run.describe());
      assertEquals(
          List.of(
              "tfal compare: "
                  + out
                  + " is in use by another tfal process (lock "
                  + out.resolve(".lock")
                  + "); wait for it to finish or choose another --out",
              "Try 'tfal compare --help'"),
          run.errLines(),
          run.describe());
      assertFalse(Files.exists(out.resolve("full-data")), "compare started work");
    }
  }
}
