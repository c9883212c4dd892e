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

/**
 * {@code tfal} in its own JVM with output captured to files, to be killed with SIGKILL or stopped
 * with SIGTERM or SIGINT.
 */
final class ChildTfal {
  /**
   * The exit code of a child stopped with SIGTERM, 143 (128 + 15), as the shell reports a process
   * killed by it: the one place the tests name it. Tests of SIGTERM assert what was kept and that a
   * resume finishes more than this number.
   */
  static final int SIGTERM_EXIT = 143;

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
    return launch(home, args, dir.resolve(name), Path.of("").toAbsolutePath());
  }

  /**
   * Like {@link #start(TfalHome, Path, String, List)}, in {@code workingDir} as the child's working
   * directory, with its output files there too.
   */
  static ChildTfal startIn(TfalHome home, Path workingDir, String name, List<String> args)
      throws IOException {
    return launch(home, args, workingDir.resolve(name), workingDir);
  }

  /** The child's output goes to {@code output}.out and .err. */
  private static ChildTfal launch(TfalHome home, List<String> args, Path output, Path workingDir)
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
    Path stdout = output.resolveSibling(output.getFileName() + ".out");
    Path stderr = output.resolveSibling(output.getFileName() + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    // quiet unless the test JVM was given a level (pom.xml: -Dtfal.tfLogLevel=0 shows TF's info)
    builder.environment().putIfAbsent("TF_CPP_MIN_LOG_LEVEL", "3");
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

  /** SIGTERM, as a service manager's stop or a plain {@code kill} sends it. */
  void terminate() {
    process.destroy();
  }

  /** SIGINT, as a terminal's Ctrl-C sends it (Linux {@code kill -INT}). */
  void interrupt() throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
    assertTrue(kill.waitFor(30, TimeUnit.SECONDS), "kill -INT did not end");
    assertEquals(0, kill.exitValue(), "kill -INT failed; " + describe());
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
