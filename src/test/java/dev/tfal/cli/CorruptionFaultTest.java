package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.cli.RunFiles.Damage;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.io.JsonLineCrc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file a finished learn session keeps, truncated, bit-flipped or deleted in a copy of the
 * run: {@code learn --resume}, {@code evaluate}, {@code predict} and {@code export} refuse with
 * exit code 3 and one line naming the damaged file, without a stack trace, and leave the run as
 * they found it (and {@code export} writes no version). The same commands on an undamaged copy
 * succeed, so each refusal is due to the damage.
 */
class CorruptionFaultTest {
  /** The files {@code learn --resume} reads. */
  private static final List<String> SESSION_FILES =
      List.of(
          "state.json",
          "config.json",
          "vocabulary.txt",
          "splits/initial.txt",
          "splits/pool.txt",
          "labels.jsonl",
          "best/saved_model.pb",
          "best/variables/variables.data-00000-of-00001",
          "best/variables/variables.index",
          "rounds/round-1/saved_model.pb",
          "rounds/round-1/variables/variables.data-00000-of-00001");

  /** The files {@code evaluate --model RUN} (test split) reads. */
  private static final List<String> EVALUATE_FILES =
      List.of(
          "splits/test.txt",
          "best/saved_model.pb",
          "best/variables/variables.data-00000-of-00001",
          "best/assets/vocabulary.txt");

  /** A round's checkpoint, evaluated on the whole data file. */
  private static final List<String> ROUND_FILES =
      List.of("rounds/round-1/saved_model.pb", "rounds/round-1/variables/variables.index");

  /** The files {@code predict --model RUN} reads. */
  private static final List<String> PREDICT_FILES =
      List.of("best/saved_model.pb", "best/variables/variables.data-00000-of-00001");

  /**
   * The files {@code export --model RUN} reads: the whole best model and its manifest. A deleted
   * manifest is not among the cases: a model without one is read as one tfal wrote before manifests
   * (see {@link #runWithoutChecksumsIsStillAccepted}).
   */
  private static final List<String> EXPORT_FILES =
      List.of(
          "best/saved_model.pb",
          "best/variables/variables.data-00000-of-00001",
          "best/variables/variables.index",
          "best/assets/vocabulary.txt",
          "best/assets/tfal.json",
          "best/assets.extra/tfal.sha256");

  @TempDir static Path tmp;
  private static TfalHome home;
  private static Path pristine;
  private static Path input;
  private static final AtomicInteger COPIES = new AtomicInteger();

  @BeforeAll
  static void finishedSession() throws IOException {
    home = TfalHome.create(tmp);
    pristine = tmp.resolve("pristine");
    Execution learn = home.run(LearnCommandTest.args(pristine, "--strategy", "entropy"));
    assertEquals(0, learn.code(), learn.describe());
    input = Files.writeString(tmp.resolve("reviews.txt"), "A good film.\nAwful.\n");
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Damage damage : Damage.values()) {
      SESSION_FILES.forEach(file -> cases.add(Arguments.of("learn", file, damage)));
      EVALUATE_FILES.forEach(file -> cases.add(Arguments.of("evaluate", file, damage)));
      ROUND_FILES.forEach(file -> cases.add(Arguments.of("evaluate-round", file, damage)));
      PREDICT_FILES.forEach(file -> cases.add(Arguments.of("predict", file, damage)));
      EXPORT_FILES.stream()
          .filter(file -> !(file.endsWith("tfal.sha256") && damage == Damage.DELETE))
          .forEach(file -> cases.add(Arguments.of("export", file, damage)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @MethodSource("cases")
  void damagedFileIsRefusedNamingIt(String command, String file, Damage damage) throws IOException {
    Path run = RunFiles.copy(pristine, tmp.resolve("run-" + COPIES.incrementAndGet()));
    Path damaged = run.resolve(file);
    damage.apply(damaged);
    Map<String, Integer> before = RunFiles.fingerprint(run);

    Execution result = home.run(arguments(command, run));

    assertEquals(ExitCodes.BAD_INPUT, result.code(), result.describe());
    String name = command.startsWith("evaluate") ? "evaluate" : command;
    List<String> errors = result.errLinesStartingWith("tfal " + name + ": ");
    assertEquals(1, errors.size(), result.describe());
    assertTrue(errors.get(0).startsWith("tfal " + name + ": " + damaged + ":"), result.describe());
    assertFalse(result.hasStackTrace(), result.describe());
    if (!(file.equals("labels.jsonl") && damage == Damage.TRUNCATE)) {
      assertEquals(before, RunFiles.fingerprint(run), "the refused command changed the run");
    }
    assertFalse(Files.exists(servingRoot(run)), "a refused export wrote a version");
  }

  @Test
  void undamagedCopyIsAccepted() throws IOException {
    Path run = RunFiles.copy(pristine, tmp.resolve("undamaged"));
    for (String command : List.of("evaluate", "evaluate-round", "predict", "export", "learn")) {
      Execution result = home.run(arguments(command, run));
      assertEquals(0, result.code(), command + ": " + result.describe());
    }
    assertTrue(Files.isRegularFile(servingRoot(run).resolve("1/saved_model.pb")));
  }

  /** Where {@code export} of {@code run} writes: beside the run, not in it. */
  private static Path servingRoot(Path run) {
    return run.resolveSibling(run.getFileName() + "-serving");
  }

  /**
   * A run as tfal wrote it before checksums (no checksum files, no model manifests, no crc in the
   * journal) is still resumed and evaluated.
   */
  @Test
  void runWithoutChecksumsIsStillAccepted() throws IOException {
    Path run = RunFiles.copy(pristine, tmp.resolve("legacy"));
    try (Stream<Path> paths = Files.walk(run)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        String name = path.getFileName().toString();
        if (name.endsWith(ChecksummedFiles.SUFFIX) || path.toString().contains("assets.extra")) {
          Files.delete(path);
        }
      }
    }
    Path journal = run.resolve("labels.jsonl");
    List<String> lines = Files.readAllLines(journal);
    Files.write(journal, lines.stream().map(l -> JsonLineCrc.open(l).orElseThrow()).toList());
    assertFalse(Files.readString(journal).contains("crc"));

    for (String command : List.of("learn", "evaluate")) {
      Execution result = home.run(arguments(command, run));
      assertEquals(0, result.code(), command + ": " + result.describe());
    }
  }

  private static String[] arguments(String command, Path run) {
    String data = TfalHome.resource("reviews.csv").toString();
    return switch (command) {
      case "learn" -> new String[] {"learn", "--resume", run.toString()};
      case "evaluate" -> new String[] {"evaluate", "--model", run.toString(), "--data", data};
      case "evaluate-round" ->
          new String[] {
            "evaluate", "--model", run.resolve("rounds/round-1").toString(), "--data", data, "--all"
          };
      case "predict" -> new String[] {"predict", "--model", run.toString(), input.toString()};
      case "export" ->
          new String[] {"export", "--model", run.toString(), "--to", servingRoot(run).toString()};
      default -> throw new IllegalArgumentException(command);
    };
  }
}
