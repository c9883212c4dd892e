package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.export.SavedModelClassifier;
import dev.tfal.export.TinySavedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tfal export}: TF Serving layout, version numbering, --force, atomic writes. */
class ExportCommandTest {
  @TempDir static Path tmp;
  private static TfalHome home;
  private static Path run;

  @BeforeAll
  static void writeModel() throws IOException {
    home = TfalHome.create(tmp);
    run = tmp.resolve("run");
    TinySavedModel.write(run.resolve("best"), 3);
  }

  @Test
  void writesNumberedVersionsInServingLayout() throws IOException {
    Path root = tmp.resolve("serving");
    Execution first = home.run("export", "--model", run.toString(), "--to", root.toString());
    Execution second =
        home.run("export", "--model", run.resolve("best").toString(), "--to", root.toString());

    assertEquals(0, first.code(), first.describe());
    assertEquals(0, second.code(), second.describe());
    assertTrue(first.out().contains(root.resolve("1").toString()), first.describe());
    assertEquals(List.of("1", "2"), entries(root));
    for (String file :
        List.of(
            "saved_model.pb",
            "variables/variables.index",
            "assets/vocabulary.txt",
            "assets/tfal.json")) {
      assertTrue(Files.isRegularFile(root.resolve("1").resolve(file)), file);
    }
    try (SavedModelClassifier model = SavedModelClassifier.load(root.resolve("2"))) {
      assertEquals(TinySavedModel.VOCABULARY, model.vocabulary());
      assertEquals(2, model.probabilities(List.of("good film", "")).length);
    }
  }

  @Test
  void refusesAnExistingVersionUnlessForced() throws IOException {
    Path root = tmp.resolve("forced");
    String[] args = {"export", "--model", run.toString(), "--to", root.toString(), "--version"};
    assertEquals(0, home.run(concat(args, "7")).code());

    Execution refused = home.run(concat(args, "7"));
    Execution forced = home.run(concat(args, "7", "--force"));

    assertEquals(2, refused.code(), refused.describe());
    assertTrue(refused.err().contains("already exists"), refused.describe());
    assertFalse(refused.hasStackTrace());
    assertEquals(0, forced.code(), forced.describe());
    assertEquals(List.of("7"), entries(root));
    Execution next = home.run("export", "--model", run.toString(), "--to", root.toString());
    assertEquals(0, next.code(), next.describe());
    assertEquals(List.of("7", "8"), entries(root));
  }

  @Test
  void aFailedExportLeavesNothingBehind() throws IOException {
    Path root = tmp.resolve("failed");
    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    Files.writeString(foreign.resolve("saved_model.pb"), "not a protobuf");

    Execution failed = home.run("export", "--model", foreign.toString(), "--to", root.toString());

    assertEquals(3, failed.code(), failed.describe());
    assertFalse(failed.hasStackTrace());
    assertTrue(TfalHome.isAbsentOrEmpty(root), "left " + root);
  }

  @Test
  void helpListsTheVersionOption() {
    Execution help = home.run("export", "--help");

    assertEquals(0, help.code(), help.describe());
    assertTrue(help.out().contains("--version=N"), help.describe());
    assertTrue(help.out().contains("--force"), help.describe());
  }

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String[] concat(String[] head, String... tail) {
    return Stream.concat(Stream.of(head), Stream.of(tail)).toArray(String[]::new);
  }
}
