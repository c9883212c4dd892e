package dev.tfal.cli;

import dev.tfal.io.LockHolder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A JVM of its own ({@link LockHolder}) holding a directory's run lock until closed. */
final class HeldByAnotherProcess implements AutoCloseable {
  private final Process process;

  private HeldByAnotherProcess(Process process) {
    this.process = process;
  }

  /** Returns once the other process holds the lock of {@code dir}. */
  static HeldByAnotherProcess lock(Path dir) throws IOException {
    Process process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    LockHolder.class.getName(),
                    dir.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    String line =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    if (!"locked".equals(line)) {
      process.destroyForcibly();
      throw new IllegalStateException("the lock holder did not start, printed: " + line);
    }
    return new HeldByAnotherProcess(process);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }
}
