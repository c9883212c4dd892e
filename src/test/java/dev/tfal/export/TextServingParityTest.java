package dev.tfal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tfal.graph.InferenceSession;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.text.TextVectorizer;
import dev.tfal.text.VectorizerSpec;
import dev.tfal.text.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw-text serving signature gives what the Java vectorizer plus token ids give. */
class TextServingParityTest {
  private static final ModelSpec SPEC = new ModelSpec(50, 12, 8, 4, 6, 0.5);
  private static final Vocabulary VOCABULARY =
      Vocabulary.of(
          List.of("", "[UNK]", "good", "bad", "film", "br", "dont", "café", "the", "a", "écolé"));
  private static final ModelMetadata METADATA =
      new ModelMetadata("0.1.0", SPEC, 0, Map.of(), "hand-made weights");

  static final List<String> TRICKY =
      List.of(
          "Good film!",
          "BAD, bad... film?! <br /><br />The end",
          "Don't  do-it: \"good\" (film) [a] {b} ~`^_|\\\\ @#$%&*+=;<>",
          "Café ÉCOLE écolé CAFÉ café",
          "good\u00a0film good\u2003film",
          "good\tfilm\nbad\rthe\u000bfilm\fa",
          "",
          "   \t\n ",
          "!!! ... ???",
          "good bad film the a good bad film the a good bad film the a good",
          "good bad film the a good bad film the a br",
          "good bad film the a good bad film the a br café",
          "zebra unknown words everywhere good",
          "GOOD Film BaD");

  @TempDir Path tmp;

  @Test
  void rawTextProbabilitiesMatchTheJavaVectorizer() throws IOException {
    Path target = tmp.resolve("model");
    float[] expected;
    try (InferenceSession inference =
        InferenceSession.open(SPEC, ModelWeights.initial(SPEC, 7), RuntimeConfig.defaults())) {
      TextVectorizer vectorizer =
          new TextVectorizer(VOCABULARY, new VectorizerSpec(50, SPEC.sequenceLength()));
      float[] logits = inference.logits(vectorizer.vectorizeAll(TRICKY), TRICKY.size());
      expected = sigmoid(logits);
      SavedModelWriter writer = new SavedModelWriter(inference, VOCABULARY);
      writer.write(target, METADATA);
      assertEquals(expected.length, TRICKY.size());
    }
    try (SavedModelClassifier loaded = SavedModelClassifier.load(target)) {
      float[] actual = loaded.probabilities(TRICKY);
      for (int i = 0; i < TRICKY.size(); i++) {
        assertEquals(expected[i], actual[i], 1e-6, "text " + i + ": " + TRICKY.get(i));
      }
      float[] empty = loaded.probabilities(List.of("", " "));
      assertEquals(expected[TRICKY.indexOf("")], empty[0], 1e-6);
      assertEquals(expected[TRICKY.indexOf("")], empty[1], 1e-6);
    }
  }

  private static float[] sigmoid(float[] logits) {
    float[] out = new float[logits.length];
    for (int i = 0; i < logits.length; i++) {
      out[i] = (float) (1 / (1 + Math.exp(-logits[i])));
    }
    return out;
  }
}
