package dev.tfal.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.active.ResumePoint;
import dev.tfal.data.SplitIds;
import dev.tfal.error.DataFormatException;
import dev.tfal.export.SavedModelLayout;
import dev.tfal.export.SavedModelWeights;
import dev.tfal.graph.ModelSpec;
import dev.tfal.io.AtomicFiles;
import dev.tfal.text.TextVectorizer;
import dev.tfal.text.VocabularyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/** Reads back what a session wrote, to continue it where it stopped. */
final class SessionFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SessionFiles() {}

  /** The run's own splits and vocabulary instead of freshly computed ones. */
  static PreparedData reload(PreparedData fresh, RunDirectory dir) throws IOException {
    if (!Files.isRegularFile(dir.vocabulary())) {
      throw new DataFormatException(dir.vocabulary(), "missing: not a tfal learn run directory");
    }
    var splits = SplitIds.readAll(dir.root(), fresh.corpus().examples());
    var vocabulary = VocabularyFile.load(dir.vocabulary());
    var vectorizer = new TextVectorizer(vocabulary, fresh.vectorizer().spec());
    return new PreparedData(fresh.corpus(), splits, vectorizer);
  }

  /** The overall best model and its validation loss, if the session got that far. */
  static Optional<ResumePoint> resumePoint(LearnDirectory dir, ModelSpec spec) throws IOException {
    AtomicFiles.recoverDirectory(dir.run().best());
    if (!Files.isRegularFile(dir.state())
        || !Files.isRegularFile(SavedModelLayout.savedModelFile(dir.run().best()))) {
      return Optional.empty();
    }
    JsonNode state;
    try {
      state = JSON.readTree(dir.state().toFile());
    } catch (IOException e) {
      throw new DataFormatException(dir.state(), "corrupt session state: " + e.getMessage());
    }
    if (!state.has("best_round") || !state.has("best_val_loss")) {
      throw new DataFormatException(dir.state(), "session state lacks best_round/best_val_loss");
    }
    return Optional.of(
        new ResumePoint(
            SavedModelWeights.read(dir.run().best(), spec),
            state.get("best_round").asInt(),
            state.get("best_val_loss").asDouble()));
  }
}
