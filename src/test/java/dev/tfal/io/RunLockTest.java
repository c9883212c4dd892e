package dev.tfal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.UsageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RunLockTest {
  @TempDir Path runDir;

  @Test
  void secondAcquireInTheSameProcessFailsNamingTheDirectoryAndTheLockFile() throws IOException {
    try (RunLock first = RunLock.acquire(runDir)) {
      RunInUseException e = assertThrows(RunInUseException.class, () -> RunLock.acquire(runDir));
      assertEquals(
          runDir
              + " is in use by another tfal process (lock "
              + runDir.resolve(".lock")
              + "); wait for it to finish or choose another --out",
          e.getMessage());
      assertEquals(runDir, e.runDir());
      assertTrue(first.isHeld());
    }
  }

  @Test
  void closingReleasesTheLockAndDeletesTheFile() throws IOException {
    RunLock first = RunLock.acquire(runDir);
    assertTrue(Files.readString(runDir.resolve(RunLock.FILE_NAME)).startsWith("pid "));
    first.close();
    assertFalse(first.isHeld());
    assertFalse(Files.exists(runDir.resolve(RunLock.FILE_NAME)));
    try (RunLock second = RunLock.acquire(runDir)) {
      assertTrue(second.isHeld());
    }
  }

  @Test
  void closingTwiceIsHarmless() throws IOException {
    RunLock lock = RunLock.acquire(runDir);
    lock.close();
    lock.close();
    assertFalse(lock.isHeld());
  }

  @Test
  void aLeftoverLockFileDoesNotBlock() throws IOException {
    Files.writeString(runDir.resolve(RunLock.FILE_NAME), "stale");
    try (RunLock lock = RunLock.acquire(runDir)) {
      assertTrue(lock.isHeld());
    }
  }

  @Test
  void acquireEmptyRefusesADirectoryFilledMeanwhileAndReleasesTheLock() throws IOException {
    try (RunLock lock = RunLock.acquireEmpty(runDir)) {
      assertTrue(lock.isHeld());
    }
    Files.writeString(runDir.resolve("metrics.json"), "{}");

    UsageException e = assertThrows(UsageException.class, () -> RunLock.acquireEmpty(runDir));

    assertEquals(
        "output directory " + runDir + " already exists and is not empty; choose another --out",
        e.getMessage());
    assertFalse(Files.exists(runDir.resolve(RunLock.FILE_NAME)));
    RunLock.acquire(runDir).close();
  }

  @Test
  void aMissingDirectoryIsAnIoErrorNotALockConflict() {
    assertThrows(IOException.class, () -> RunLock.acquire(runDir.resolve("missing")));
  }

  @Test
  void anotherProcessHoldingTheLockBlocksUntilItEnds() throws Exception {
    Process child = startHolder();
    try {
      assertThrows(RunInUseException.class, () -> RunLock.acquire(runDir));
      try (OutputStream stdin = child.getOutputStream()) {
        stdin.write('\n');
      }
      assertTrue(child.waitFor(20, TimeUnit.SECONDS), "lock holder did not exit");
      assertEquals(0, child.exitValue());
      try (RunLock lock = RunLock.acquire(runDir)) {
        assertTrue(lock.isHeld());
      }
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void aRefusedSecondHolderInThisProcessDoesNotDropTheLockForOthers() throws Exception {
    try (RunLock held = RunLock.acquire(runDir)) {
      assertThrows(RunInUseException.class, () -> RunLock.acquire(runDir));
      Process child = startChild();
      try {
        assertEquals(null, firstLine(child), "second process got the lock");
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "second process did not give up");
        assertTrue(child.exitValue() != 0, "second process exited normally");
      } finally {
        child.destroyForcibly();
      }
    }
  }

  @Test
  void killingTheHolderFreesTheLock() throws Exception {
    Process child = startHolder();
    try {
      assertThrows(RunInUseException.class, () -> RunLock.acquire(runDir));
      child.destroyForcibly();
      assertTrue(child.waitFor(20, TimeUnit.SECONDS), "lock holder was not killed");
      assertTrue(Files.exists(runDir.resolve(RunLock.FILE_NAME)), "a killed holder leaves it");
      try (RunLock lock = RunLock.acquire(runDir)) {
        assertTrue(lock.isHeld());
      }
    } finally {
      child.destroyForcibly();
    }
  }

  /** Starts a JVM that holds the lock of {@link #runDir}; returns once it holds it. */
  private Process startHolder() throws IOException {
    Process child = startChild();
    String line = firstLine(child);
    if (!"locked".equals(line)) {
      child.destroyForcibly();
      throw new IllegalStateException("lock holder did not start, printed: " + line);
    }
    return child;
  }

  private Process startChild() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    System.getProperty("java.class.path"),
                    LockHolder.class.getName(),
                    runDir.toString()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Runtime.getRuntime().addShutdownHook(new Thread(child::destroyForcibly));
    return child;
  }

  private static String firstLine(Process child) throws IOException {
    return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
        .readLine();
  }
}
