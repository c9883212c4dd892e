package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code tfal} in its own JVM with output captured to files, to be killed with SIGKILL. */
final class ChildTfal {
  /**
   * The exit code of a child stopped with SIGTERM: the one place the tests name it, so that a
   * change of the code (130 today; 143, 128 + SIGTERM, is planned) is one edit. Tests of SIGTERM
   * assert what was kept and that a resume finishes more than this number.
   */
  static final int SIGTERM_EXIT = 130;

  /** Bound of every wait for the child JVM; generous for a loaded 2-core machine. */
  private static final long WAIT_MILLIS = 90_000;

  private static final long POLL_MILLIS = 5;

  /** A condition on the child's files; may read files that are being written. */
  @FunctionalInterface
  interface Probe {
    boolean holds() throws IOException;
  }

  private final Process process;
  private final Path stdout;
  private final Path stderr;

  private ChildTfal(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** Starts {@code tfal args...}; its stdout and stderr go to {@code name.out} and {@code .err}. */
  static ChildTfal start(TfalHome home, Path dir, String name, List<String> args)
      throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Xmx512m",
                "-Djava.awt.headless=true",
                "-Dtfal.home=" + home.root(),
                "dev.tfal.cli.Main"));
    command.addAll(args);
    Path stdout = dir.resolve(name + ".out");
    Path stderr = dir.resolve(name + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    builder.environment().put("TF_CPP_MIN_LOG_LEVEL", "3");
    Process process = builder.start();
    // a test that fails or times out before it ends its child must not leave the child running
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    return new ChildTfal(process, stdout, stderr);
  }

  /** Polls until {@code probe} holds; fails if the child exits first or the wait runs out. */
  void awaitWhileAlive(String what, Probe probe) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
    while (!probe.holds()) {
      if (!process.isAlive()) {
        fail("the child exited before " + what + "; " + describe());
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        fail("no " + what + " within " + WAIT_MILLIS + " ms; " + describe());
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** SIGKILL on Linux: no shutdown hooks, no finally blocks, no flushing. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "killed child did not end");
    assertEquals(137, process.exitValue(), "not ended by SIGKILL; " + describe());
  }

  /** SIGTERM, as a terminal's Ctrl-C or a service manager's stop sends a signal. */
  void terminate() {
    process.destroy();
  }

  /** Waits for the child to end and returns its exit code. */
  int await() throws InterruptedException {
    if (!process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      fail("the child did not finish within " + WAIT_MILLIS + " ms; " + describe());
    }
    return process.exitValue();
  }

  String stderr() throws IOException {
    return Files.readString(stderr, StandardCharsets.UTF_8);
  }

  String describe() {
    try {
      return "child "
          + (process.isAlive() ? "running" : "exit " + process.exitValue())
          + "\n--- stdout\n"
          + Files.readString(stdout)
          + "--- stderr\n"
          + stderr();
    } catch (IOException e) {
      return "child output unreadable: " + e;
    }
  }
}
