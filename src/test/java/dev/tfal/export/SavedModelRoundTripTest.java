package dev.tfal.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.ModelMismatchException;
import dev.tfal.graph.InferenceSession;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.text.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export -> reload in a fresh session -> same outputs; atomic replacement; clear refusals. */
class SavedModelRoundTripTest {
  private static final ModelSpec SPEC = new ModelSpec(50, 12, 8, 4, 6, 0.5);
  private static final Vocabulary VOCABULARY =
      Vocabulary.of(List.of("", "[UNK]", "good", "bad", "film"));
  private static final ModelMetadata METADATA =
      new ModelMetadata("0.1.0", SPEC, 0, Map.of(), "hand-made weights");
  private static final int ROWS = 6;

  @TempDir Path tmp;
  private InferenceSession inference;
  private Path target;

  @BeforeEach
  void openInference() {
    inference =
        InferenceSession.open(SPEC, ModelWeights.initial(SPEC, 11), RuntimeConfig.defaults());
    target = tmp.resolve("model");
  }

  @AfterEach
  void closeInference() {
    inference.close();
  }

  @Test
  void reloadedModelGivesIdenticalLogits() throws IOException {
    int[] ids = tokenIds(3);
    float[] expected = inference.logits(ids, ROWS);

    new SavedModelWriter(inference, VOCABULARY)
        .write(target, METADATA.withEpoch(4, Map.of("val_loss", 0.5)));

    try (SavedModelClassifier loaded = SavedModelClassifier.load(target)) {
      assertArrayEquals(expected, loaded.logits(ids, ROWS));
      assertEquals(SPEC.sequenceLength(), loaded.sequenceLength());
      assertEquals(VOCABULARY, loaded.vocabulary());
      assertEquals(4, loaded.metadata().epoch());
      assertEquals(SPEC, loaded.metadata().model());
      assertEquals(Map.of("val_loss", 0.5), loaded.metadata().metrics());
      assertEquals("hand-made weights", loaded.metadata().data());
    }
  }

  @Test
  void writingAgainReplacesTheModelAndLeavesNoTemporarySiblings() throws IOException {
    int[] ids = tokenIds(5);
    SavedModelWriter writer = new SavedModelWriter(inference, VOCABULARY);
    writer.write(target, METADATA.withEpoch(1, Map.of()));
    float[] first = inference.logits(ids, ROWS);
    inference.load(ModelWeights.initial(SPEC, 12));
    float[] second = inference.logits(ids, ROWS);
    assertFalse(Arrays.equals(first, second), "the two weight sets give the same logits");

    writer.write(target, METADATA.withEpoch(2, Map.of()));

    try (SavedModelClassifier loaded = SavedModelClassifier.load(target)) {
      assertArrayEquals(second, loaded.logits(ids, ROWS));
      assertEquals(2, loaded.metadata().epoch());
    }
    assertEquals(List.of(target), list(tmp));
  }

  @Test
  void checkpointExporterRecordsTheEpochFromOne() throws IOException {
    int[] ids = tokenIds(7);
    ModelWeights best = ModelWeights.initial(SPEC, 13);
    try (CheckpointExporter exporter =
        new CheckpointExporter(ModelWeights.initial(SPEC, 1), VOCABULARY, METADATA)) {
      exporter.write(target, best, 2, Map.of("val_loss", 0.25));
    }
    inference.load(best);
    try (SavedModelClassifier loaded = SavedModelClassifier.load(target)) {
      assertEquals(3, loaded.metadata().epoch());
      assertEquals(Map.of("val_loss", 0.25), loaded.metadata().metrics());
      assertArrayEquals(inference.logits(ids, ROWS), loaded.logits(ids, ROWS));
    }
  }

  @Test
  void missingMetadataAssetIsAModelMismatchNamingIt() throws IOException {
    writeWithoutManifest();
    Files.delete(target.resolve("assets").resolve("tfal.json"));

    ModelMismatchException e =
        assertThrows(ModelMismatchException.class, () -> SavedModelClassifier.load(target));

    assertEquals(target + ": not a tfal SavedModel (missing assets/tfal.json)", e.getMessage());
  }

  @Test
  void missingVariablesAreAModelMismatchNotAnInferenceFailure() throws IOException {
    writeWithoutManifest();
    Files.delete(target.resolve("variables").resolve("variables.index"));

    ModelMismatchException e =
        assertThrows(ModelMismatchException.class, () -> SavedModelClassifier.load(target));

    assertEquals(
        target + ": not a tfal SavedModel (missing variables/variables.index)", e.getMessage());
  }

  @Test
  void unreadableMetadataIsAModelMismatchNamingTheFile() throws IOException {
    writeWithoutManifest();
    Path metadata = target.resolve("assets").resolve("tfal.json");
    Files.writeString(metadata, "{\"epoch\": ");

    ModelMismatchException e =
        assertThrows(ModelMismatchException.class, () -> SavedModelClassifier.load(target));

    assertTrue(e.getMessage().startsWith(metadata + ": unreadable model metadata"), e.getMessage());
  }

  @Test
  void missingDirectoryIsAModelMismatch() {
    Path nowhere = tmp.resolve("nowhere");

    ModelMismatchException e =
        assertThrows(ModelMismatchException.class, () -> SavedModelClassifier.load(nowhere));

    assertEquals(nowhere + ": no such model directory", e.getMessage());
  }

  /** A model as tfal wrote it before SavedModels had a manifest: checked by its structure only. */
  private void writeWithoutManifest() throws IOException {
    new SavedModelWriter(inference, VOCABULARY).write(target, METADATA);
    Files.delete(SavedModelManifest.file(target));
  }

  private static int[] tokenIds(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] ids = new int[ROWS * SPEC.sequenceLength()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt(SPEC.vocabularySize());
    }
    return ids;
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.toList();
    }
  }
}
