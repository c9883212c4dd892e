package dev.tfal.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.CorruptFileException;
import dev.tfal.graph.InferenceSession;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.io.Sha256;
import dev.tfal.io.WriteFailedException;
import dev.tfal.io.WriteFaults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifest of a SavedModel: it lists every file with its SHA-256, and a truncated, altered or
 * deleted file is an error naming it before TensorFlow sees the model; a failed write keeps the
 * previous model.
 */
class SavedModelManifestTest {
  private static final List<String> FILES =
      List.of(
          "assets/tfal.json",
          "assets/vocabulary.txt",
          "saved_model.pb",
          "variables/variables.data-00000-of-00001",
          "variables/variables.index");
  private static final List<String> TEXTS = List.of("good film", "awful");

  @TempDir Path tmp;

  @Test
  void manifestListsEveryFileWithItsSha256() throws IOException {
    Path model = TinySavedModel.write(tmp.resolve("model"), 3);
    List<String> lines = Files.readAllLines(SavedModelManifest.file(model));

    assertEquals(FILES, lines.stream().map(l -> l.substring(66)).toList());
    for (String line : lines) {
      assertEquals(Sha256.of(model.resolve(line.substring(66))), line.substring(0, 64), line);
      assertEquals("  ", line.substring(64, 66));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"truncate", "flip", "delete"})
  void everyDamagedFileIsNamed(String damage) throws IOException {
    Path pristine = TinySavedModel.write(tmp.resolve("pristine"), 3);
    for (String name : FILES) {
      Path model = tmp.resolve(damage + "-" + name.replace('/', '-'));
      copy(pristine, model);
      Path file = model.resolve(name);
      damage(file, damage);

      CorruptFileException e =
          assertThrows(
              CorruptFileException.class, () -> SavedModelClassifier.load(model).close(), name);

      assertEquals(Optional.of(file), e.file(), e.getMessage());
      String expected = damage.equals("delete") ? ": missing, although" : ": damaged: its SHA-256";
      assertTrue(e.getMessage().startsWith(file + expected), e.getMessage());
      assertThrows(
          CorruptFileException.class, () -> SavedModelWeights.read(model, TinySavedModel.SPEC));
    }
  }

  @Test
  void damagedManifestIsNamed() throws IOException {
    Path model = TinySavedModel.write(tmp.resolve("model"), 3);
    Path manifest = SavedModelManifest.file(model);
    damage(manifest, "truncate");

    CorruptFileException e =
        assertThrows(CorruptFileException.class, () -> SavedModelClassifier.load(model).close());

    assertEquals(Optional.of(manifest), e.file(), e.getMessage());
  }

  @Test
  void failedWriteKeepsThePreviousModel() throws IOException {
    Path model = TinySavedModel.write(tmp.resolve("model"), 3);
    float[] before = probabilities(model);
    try (var disk = WriteFaults.inject(WriteFaults.noSpaceFor(model::equals));
        InferenceSession other =
            InferenceSession.open(
                TinySavedModel.SPEC,
                ModelWeights.initial(TinySavedModel.SPEC, 4),
                RuntimeConfig.defaults())) {
      SavedModelWriter writer = new SavedModelWriter(other, TinySavedModel.VOCABULARY);
      ModelMetadata metadata = new ModelMetadata("0.1.0", TinySavedModel.SPEC, 1, Map.of(), "x");

      WriteFailedException e =
          assertThrows(WriteFailedException.class, () -> writer.write(model, metadata));

      assertTrue(e.getMessage().startsWith("cannot write " + model + ": No space"), e.getMessage());
    }
    assertArrayEquals(before, probabilities(model));
    try (Stream<Path> entries = Files.list(tmp)) {
      assertEquals(List.of(model), entries.toList(), "staging directory left behind");
    }
  }

  private static float[] probabilities(Path model) throws IOException {
    try (SavedModelClassifier loaded = SavedModelClassifier.load(model)) {
      return loaded.probabilities(TEXTS);
    }
  }

  /** Truncates {@code file} to half, flips every bit of its middle byte, or deletes it. */
  static void damage(Path file, String damage) throws IOException {
    byte[] content = Files.readAllBytes(file);
    switch (damage) {
      case "truncate" -> Files.write(file, java.util.Arrays.copyOf(content, content.length / 2));
      case "flip" -> {
        content[content.length / 2] ^= (byte) 0xFF;
        Files.write(file, content);
      }
      case "delete" -> Files.delete(file);
      default -> throw new IllegalArgumentException(damage);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
