package dev.tfal.export;

import dev.tfal.graph.InferenceSession;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.text.Vocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A tiny SavedModel with hand-made (seeded initial) weights, for tests of commands. */
public final class TinySavedModel {
  public static final ModelSpec SPEC = new ModelSpec(50, 12, 8, 4, 6, 0.5);
  public static final Vocabulary VOCABULARY =
      Vocabulary.of(List.of("", "[UNK]", "good", "bad", "film", "great", "awful", "the"));

  private TinySavedModel() {}

  /** Writes the model with weights from {@code seed} to {@code dir}. */
  public static Path write(Path dir, long seed) throws IOException {
    try (InferenceSession inference =
        InferenceSession.open(SPEC, ModelWeights.initial(SPEC, seed), RuntimeConfig.defaults())) {
      new SavedModelWriter(inference, VOCABULARY)
          .write(dir, new ModelMetadata("0.1.0", SPEC, 2, Map.of("val_loss", 0.5), "tiny"));
    }
    return dir;
  }
}
