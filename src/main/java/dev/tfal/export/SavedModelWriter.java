package dev.tfal.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tfal.graph.InferenceSession;
import dev.tfal.io.AtomicFiles;
import dev.tfal.text.Vocabulary;
import dev.tfal.text.VocabularyFile;
import java.io.IOException;
import java.nio.file.Path;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;

/**
 * Writes the weights held by an {@link InferenceSession} as a SavedModel directory, with the
 * vocabulary and metadata as assets. The directory appears whole or not at all: everything is
 * written into a hidden sibling, then renamed into place.
 */
public final class SavedModelWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final InferenceSession model;
  private final Vocabulary vocabulary;

  public SavedModelWriter(InferenceSession model, Vocabulary vocabulary) {
    this.model = model;
    this.vocabulary = vocabulary;
  }

  /** Writes the model to {@code target}, replacing what was there. */
  public void write(Path target, ModelMetadata metadata) throws IOException {
    Path staging = AtomicFiles.createStagingDirectory(target);
    try {
      exportGraph(staging);
      VocabularyFile.save(vocabulary, SavedModelLayout.vocabulary(staging));
      AtomicFiles.write(SavedModelLayout.metadata(staging), out -> JSON.writeValue(out, metadata));
      AtomicFiles.replaceDirectory(staging, target);
    } finally {
      AtomicFiles.deleteRecursively(staging);
    }
  }

  private void exportGraph(Path dir) throws IOException {
    Signature tokenIds =
        Signature.builder(SavedModelLayout.TOKEN_IDS_SIGNATURE)
            .input(SavedModelLayout.TOKEN_IDS_INPUT, model.tokenIds())
            .output(SavedModelLayout.PROBABILITY_OUTPUT, model.probabilitiesOutput())
            .output(SavedModelLayout.LOGIT_OUTPUT, model.logitsOutput())
            .build();
    SavedModelBundle.exporter(dir.toString())
        .withTags(SavedModelLayout.TAG)
        .withSession(model.session())
        .withSignature(tokenIds)
        .export();
  }
}
