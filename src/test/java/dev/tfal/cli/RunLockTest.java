package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tfal.io.RunLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command whose output directory another tfal process has locked stops before doing any work,
 * with one line saying so and exit status 2; the run directory is left as it was.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RunLockTest {
  @TempDir static Path shared;
  private static TfalHome home;
  private static Path finished;

  @TempDir Path tmp;

  /** One finished learn session, copied by each test that needs a run. */
  @BeforeAll
  static void finishedSession() throws IOException {
    home = TfalHome.create(shared);
    finished = shared.resolve("finished");
    Execution learn = home.run(LearnCommandTest.args(finished, "--strategy", "entropy"));
    assertEquals(0, learn.code(), learn.describe());
  }

  private static void assertRefusedAsInUse(String command, Path dir, Execution run) {
    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    List<String> errors = run.errLinesStartingWith("tfal " + command + ": ");
    assertEquals(
        List.of(
            "tfal "
                + command
                + ": "
                + dir
                + " is in use by another tfal process (lock "
                + dir.resolve(".lock")
                + "); wait for it to finish or choose another --out"),
        errors,
        run.describe());
  }

  @Test
  void learnResumeOnARunAnotherProcessHoldsIsRefusedAndChangesNothing() throws Exception {
    Path run = RunFiles.copy(finished, tmp.resolve("run"));
    Files.delete(run.resolve("metrics.json"));
    Map<String, Integer> before;
    Execution resumed;
    try (HeldByAnotherProcess held = HeldByAnotherProcess.lock(run)) {
      before = RunFiles.fingerprint(run);
      resumed = home.run("learn", "--resume", run.toString());
      assertEquals(before, RunFiles.fingerprint(run), "the refused resume changed the run");
    }
    assertRefusedAsInUse("learn", run, resumed);
    assertFalse(Files.exists(run.resolve("metrics.json")), "the refused resume finished the run");
  }

  @Test
  void learnIntoADirectoryAnotherProcessHoldsIsRefused() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("new"));
    Execution learn;
    try (HeldByAnotherProcess held = HeldByAnotherProcess.lock(out)) {
      learn = home.run(LearnCommandTest.args(out, "--strategy", "entropy"));
      try (Stream<Path> entries = Files.list(out)) {
        assertEquals(
            List.of(".lock"),
            entries.map(p -> p.getFileName().toString()).toList(),
            "the refused learn wrote into the directory");
      }
    }
    assertRefusedAsInUse("learn", out, learn);
  }

  @Test
  void evaluateOnARunAnotherProcessHoldsIsRefused() throws Exception {
    Path run = RunFiles.copy(finished, tmp.resolve("run"));
    String data = TfalHome.resource("reviews.csv").toString();
    Execution evaluate;
    try (HeldByAnotherProcess held = HeldByAnotherProcess.lock(run)) {
      evaluate = home.run("evaluate", "--model", run.toString(), "--data", data);
    }
    assertRefusedAsInUse("evaluate", run, evaluate);
  }

  @Test
  void exportOfARunAnotherProcessHoldsIsRefused() throws Exception {
    Path run = RunFiles.copy(finished, tmp.resolve("run"));
    Path serving = tmp.resolve("serving");
    Execution export;
    try (HeldByAnotherProcess held = HeldByAnotherProcess.lock(run)) {
      export = home.run("export", "--model", run.toString(), "--to", serving.toString());
    }
    assertRefusedAsInUse("export", run, export);
    assertFalse(Files.exists(serving), "the refused export wrote a version");
  }

  @Test
  void compareOnALockedDirectoryRefusesWithOneLine() throws IOException {
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
