package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import dev.tfal.error.UsageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure that is tfal's own (an unchecked exception from a service once the options were read)
 * exits 1 with one line that says so and asks for a report, never as the user's usage error (2); a
 * user's bad option value still exits 2.
 */
class InternalErrorTest {
  private static final String HINT = " (run with --stacktrace and report it)";

  @TempDir Path tmp;
  private TfalHome home;

  @BeforeEach
  void createHome() throws IOException {
    home = TfalHome.create(tmp);
  }

  @Test
  void illegalStateFromAServiceIsAnInternalError() {
    Execution run = failingAfterOptions(() -> new IllegalStateException("weights not loaded"));

    assertEquals(ExitCodes.INTERNAL, run.code(), run.describe());
    assertEquals(
        List.of("tfal train: internal error: weights not loaded" + HINT),
        run.errLines(),
        run.describe());
    assertEquals("", run.out());
  }

  @Test
  void illegalArgumentAfterTheOptionsWereReadIsNotAUsageError() {
    Execution run =
        failingAfterOptions(
            () -> new IllegalArgumentException("the training state was written with seed 7"));

    assertEquals(ExitCodes.INTERNAL, run.code(), run.describe());
    assertEquals(
        List.of("tfal train: internal error: the training state was written with seed 7" + HINT),
        run.errLines(),
        run.describe());
  }

  @Test
  void anExceptionWithoutAMessageIsNamedByItsType() {
    Execution run = failingAfterOptions(NullPointerException::new);

    assertEquals(ExitCodes.INTERNAL, run.code(), run.describe());
    assertEquals(
        List.of("tfal train: internal error: NullPointerException" + HINT), run.errLines());
  }

  @Test
  void stacktraceShowsWhereTheInternalErrorCameFrom() {
    Execution run =
        failingAfterOptions(() -> new IllegalStateException("weights not loaded"), "--stacktrace");

    assertEquals(ExitCodes.INTERNAL, run.code(), run.describe());
    assertEquals("tfal train: internal error: weights not loaded" + HINT, run.errLines().get(0));
    assertTrue(run.hasStackTrace(), run.describe());
  }

  @Test
  void tfalsOwnFailuresKeepTheirCodes() {
    assertEquals(ExitCodes.USAGE, ExitCodes.of(new UsageException("--x must be > 0")));
    assertEquals(ExitCodes.BAD_INPUT, ExitCodes.of(new DataFormatException("bad row")));
    assertFalse(ExitCodes.isInternal(new UsageException("--x must be > 0")));
    assertFalse(ExitCodes.isInternal(new IOException("disk")));
    assertTrue(ExitCodes.isInternal(new IllegalArgumentException("bug")));
    assertEquals(ExitCodes.INTERNAL, ExitCodes.of(new IllegalArgumentException("bug")));
  }

  @Test
  void badOptionValuesAreUsageErrorsBeforeAnyWork() {
    Path out = tmp.resolve("run");
    List<List<String>> cases =
        List.of(
            List.of("train", "--threads", "-1"),
            List.of("train", "--epochs", "0"),
            List.of("learn", "--queries", "0"),
            List.of("learn", "--audit-fraction", "1"),
            List.of("learn", "--target-accuracy", "1.5"),
            List.of("learn", "--label-budget", "-3"));
    for (List<String> options : cases) {
      List<String> args = new ArrayList<>(List.of(TfalHome.microArgs(options.get(0))));
      args.addAll(options.subList(1, options.size()));
      args.addAll(List.of("--out", out.toString()));
      Execution run = home.run(args.toArray(String[]::new));
      assertEquals(ExitCodes.USAGE, run.code(), options + ": " + run.describe());
      assertTrue(run.errLines().get(0).startsWith("tfal " + options.get(0) + ": "), run.describe());
      assertFalse(run.err().contains("internal error"), run.describe());
      assertEquals(
          "Try 'tfal " + options.get(0) + " --help'",
          run.errLines().get(run.errLines().size() - 1));
      assertFalse(Files.exists(out), options + " wrote its run directory");
    }
  }

  @Test
  void badValuesOfTheModelCommandsAreUsageErrors() {
    Execution predict =
        home.run("predict", "--model", tmp.toString(), "--threshold", "1.5", "texts.txt");
    Execution evaluate =
        home.run(
            "evaluate",
            "--model",
            tmp.toString(),
            "--data",
            TfalHome.resource("reviews.csv").toString(),
            "--batch-size",
            "0");

    assertEquals(ExitCodes.USAGE, predict.code(), predict.describe());
    assertEquals("tfal predict: threshold must be in [0, 1], got 1.5", predict.errLines().get(0));
    assertEquals(ExitCodes.USAGE, evaluate.code(), evaluate.describe());
    assertEquals("tfal evaluate: --batch-size must be >= 1, got 0", evaluate.errLines().get(0));
  }

  /**
   * {@code tfal train} on the micro sample whose environment throws {@code error} when the command,
   * its options read and checked, hands its resume hint on: an unchecked exception out of the
   * service layer.
   */
  private Execution failingAfterOptions(Supplier<RuntimeException> error, String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment env =
        new Environment(
            home.root(),
            Map.of(),
            false,
            hint -> {
              throw error.get();
            });
    var line = TfalCommand.create(env);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    List<String> args = new ArrayList<>(Arrays.asList(TfalHome.microArgs("train")));
    args.addAll(List.of("--out", tmp.resolve("run").toString()));
    args.addAll(List.of(extra));
    int code = line.execute(args.toArray(String[]::new));
    return new Execution(code, out.toString(), err.toString());
  }
}
