package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad command lines: exit code 2, what is wrong, a pointer to --help; nothing is touched. */
class UsageErrorTest {
  @TempDir Path tmp;
  private TfalHome home;

  @BeforeEach
  void createHome() throws IOException {
    home = TfalHome.create(tmp);
  }

  @Test
  void unknownOptionPointsToTheCommandsHelp() {
    Execution run = home.run("train", "--epoch");

    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertEquals("", run.out());
    assertEquals(
        List.of("tfal train: Unknown option: '--epoch'", "Try 'tfal train --help'"),
        run.errLines().subList(0, 2),
        run.describe());
  }

  @Test
  void missingRequiredOptionOfEvaluate() {
    Execution run = home.run("evaluate", "--data", "reviews.csv");

    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertTrue(run.err().contains("--model"), run.describe());
    assertTrue(run.err().contains("Try 'tfal evaluate --help'"), run.describe());
  }

  @Test
  void noCommandIsAUsageError() {
    Execution run = home.run();

    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertTrue(run.err().contains("missing command"), run.describe());
    assertTrue(run.err().contains("Try 'tfal --help'"), run.describe());
  }

  @Test
  void nonEmptyOutDirectoryIsRefusedAndLeftAlone() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("earlier-run"));
    Path keep = Files.writeString(out.resolve("notes.txt"), "my notes");

    Execution run =
        home.run(
            "train",
            "--data",
            TfalHome.resource("reviews.csv").toString(),
            "--preset",
            TfalHome.MICRO,
            "--val-size",
            "4",
            "--test-size",
            "4",
            "--initial-size",
            "4",
            "--out",
            out.toString());

    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertEquals(
        "tfal train: output directory "
            + out
            + " already exists and is not empty; "
            + "choose another --out",
        run.errLines().get(0));
    assertEquals("Try 'tfal train --help'", run.errLines().get(run.errLines().size() - 1));
    assertEquals(List.of(keep), list(out));
    assertEquals("my notes", Files.readString(keep));
    assertFalse(run.hasStackTrace(), run.describe());
  }

  @Test
  void outPathThatIsAFileIsRefused() throws IOException {
    Path out = Files.writeString(tmp.resolve("taken"), "x");

    Execution run =
        home.run(
            "train",
            "--data",
            TfalHome.resource("reviews.csv").toString(),
            "--preset",
            TfalHome.MICRO,
            "--out",
            out.toString());

    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertTrue(
        run.errLines().get(0).contains(out + " exists and is not a directory"), run.describe());
    assertEquals("x", Files.readString(out));
  }

  @Test
  void negativeSplitSizeNamesTheValue() {
    Execution run =
        home.run(
            "train",
            "--data",
            TfalHome.resource("reviews.csv").toString(),
            "--preset",
            TfalHome.MICRO,
            "--val-size",
            "-4",
            "--out",
            tmp.resolve("run").toString());

    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertTrue(run.errLines().get(0).contains("validation must be >= 0, got -4"), run.describe());
    assertFalse(Files.exists(tmp.resolve("run")));
  }

  @Test
  void pseudoLabelConfidenceOutsideItsRangeIsRefusedBeforeAnyWork() {
    Execution run =
        home.run(
            "learn",
            "--data",
            TfalHome.resource("reviews.csv").toString(),
            "--preset",
            TfalHome.MICRO,
            "--pseudo-label-confidence",
            "0.4",
            "--out",
            tmp.resolve("run").toString());

    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertEquals(
        "tfal learn: --pseudo-label-confidence must be above 0.5 and below 1, got 0.4",
        run.errLines().get(0));
    assertFalse(Files.exists(tmp.resolve("run")));
  }

  @Test
  void unknownSplitOfEvaluate() {
    Execution run =
        home.run(
            "evaluate",
            "--model",
            tmp.toString(),
            "--data",
            TfalHome.resource("reviews.csv").toString(),
            "--split",
            "training");

    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertEquals(
        "tfal evaluate: --split must be one of validation, test, initial, pool; got "
            + "'training'",
        run.errLines().get(0));
  }

  @Test
  void everyCommandPrintsTheVersion() {
    for (String command : List.of("train", "evaluate", "summary")) {
      Execution run = home.run(command, "--version");
      assertEquals(0, run.code(), run.describe());
      assertEquals("tfal 0.1.0", run.out().strip(), command + ": " + run.describe());
    }
  }

  @Test
  void helpListsThePresetsAndExitCodes() {
    Execution top = home.run("--help");
    Execution train = home.run("train", "--help");

    assertEquals(0, top.code(), top.describe());
    assertTrue(top.out().contains("3 bad input data"), top.out());
    assertEquals(0, train.code(), train.describe());
    assertTrue(train.out().contains("--val-size=N"), train.out());
    assertTrue(
        train.out().contains("Presets: imdb-bilstm, " + TfalHome.MICRO + ", questions, tiny"),
        "the presets of the home in use, which alone has micro: " + train.out());
  }

  private static List<Path> list(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.toList();
    }
  }
}
