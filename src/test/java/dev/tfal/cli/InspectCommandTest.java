package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.export.TinySavedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tfal inspect}: signatures, vocabulary, metadata; one-line errors on foreign dirs. */
class InspectCommandTest {
  @TempDir Path tmp;

  @Test
  void showsTagsSignaturesVocabularyAndMetadata() throws IOException {
    TfalHome home = TfalHome.create(tmp);
    Path model = TinySavedModel.write(tmp.resolve("model"), 1);

    Execution run = home.run("inspect", model.toString());

    assertEquals(0, run.code(), run.describe());
    String out = run.out();
    assertTrue(out.contains("Tags: serve"), out);
    assertTrue(out.contains("Signature 'serving_default'"), out);
    assertTrue(out.contains("text: dtype=DT_STRING shape=(-1,)"), out);
    assertTrue(out.contains("probability: dtype=DT_FLOAT shape=(-1,)"), out);
    assertTrue(out.contains("label: dtype=DT_INT32 shape=(-1,)"), out);
    assertTrue(out.contains("Signature 'token_ids'"), out);
    assertTrue(out.contains("token_ids: dtype=DT_INT32 shape=(-1, 12)"), out);
    assertFalse(out.contains("__saved_model_init_op"), out);
    assertTrue(out.contains("Vocabulary size: 8"), out);
    assertTrue(out.contains("\"tfal_version\""), out);
  }

  @Test
  void foreignOrMalformedDirectoriesAreOneLineErrors() throws IOException {
    TfalHome home = TfalHome.create(tmp);
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path malformed = TinySavedModel.write(tmp.resolve("malformed"), 1);
    Files.writeString(malformed.resolve("saved_model.pb"), "garbage");

    for (Path dir : new Path[] {empty, malformed, tmp.resolve("absent")}) {
      Execution run = home.run("inspect", dir.toString());
      assertEquals(3, run.code(), run.describe());
      assertFalse(run.hasStackTrace(), run.describe());
      assertTrue(run.errLines().get(0).startsWith("tfal inspect: " + dir), run.describe());
    }
  }
}
