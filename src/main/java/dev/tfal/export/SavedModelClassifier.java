package dev.tfal.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.error.ModelMismatchException;
import dev.tfal.error.RuntimeFailureException;
import dev.tfal.graph.LogitModel;
import dev.tfal.text.Vocabulary;
import dev.tfal.text.VocabularyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.SessionFunction;
import org.tensorflow.Signature;
import org.tensorflow.Tensor;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TString;

/** A SavedModel written by tfal, loaded in its own session for inference. */
public final class SavedModelClassifier implements LogitModel, AutoCloseable {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final SavedModelBundle bundle;
  private final SessionFunction tokenIds;
  private final int sequenceLength;
  private final Vocabulary vocabulary;
  private final ModelMetadata metadata;
  private final Path dir;

  private SavedModelClassifier(
      SavedModelBundle bundle, Vocabulary vocabulary, ModelMetadata metadata, Path dir) {
    this.bundle = bundle;
    this.vocabulary = vocabulary;
    this.metadata = metadata;
    this.dir = dir;
    this.tokenIds = function(bundle, SavedModelLayout.TOKEN_IDS_SIGNATURE, dir);
    Signature.TensorDescription input =
        tokenIds.signature().getInputs().get(SavedModelLayout.TOKEN_IDS_INPUT);
    if (input == null || input.shape.numDimensions() != 2) {
      throw new ModelMismatchException(
          dir + ": signature 'token_ids' has no [batch, length] " + "input named 'token_ids'");
    }
    this.sequenceLength = (int) input.shape.get(1);
  }

  /** Loads the SavedModel in {@code dir}; a directory tfal did not write is a clear error. */
  public static SavedModelClassifier load(Path dir) throws IOException {
    dir = SavedModelSource.resolve(dir);
    requireSavedModel(dir);
    Vocabulary vocabulary = VocabularyFile.load(SavedModelLayout.vocabulary(dir));
    ModelMetadata metadata = readMetadata(dir);
    SavedModelBundle bundle;
    try {
      bundle = SavedModelBundle.load(dir.toString(), SavedModelLayout.TAG);
    } catch (TensorFlowException | IllegalArgumentException e) {
      throw new ModelMismatchException(dir + ": not a loadable SavedModel: " + e.getMessage());
    }
    try {
      return new SavedModelClassifier(bundle, vocabulary, metadata, dir);
    } catch (RuntimeException e) {
      bundle.close();
      throw e;
    }
  }

  static ModelMetadata readMetadata(Path dir) throws IOException {
    Path file = SavedModelLayout.metadata(dir);
    try {
      return JSON.readValue(file.toFile(), ModelMetadata.class);
    } catch (JsonProcessingException e) {
      throw new ModelMismatchException(
          file + ": unreadable model metadata: " + e.getOriginalMessage());
    }
  }

  /**
   * Checks that {@code dir} holds a complete tfal SavedModel: its manifest matches (when it has
   * one) and the files tfal writes are there.
   *
   * @throws dev.tfal.error.CorruptFileException naming a damaged or missing file
   * @throws ModelMismatchException if {@code dir} is not a tfal SavedModel
   */
  static void requireSavedModel(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ModelMismatchException(dir + ": no such model directory");
    }
    SavedModelManifest.verify(dir);
    for (Path required :
        new Path[] {
          SavedModelLayout.savedModelFile(dir),
          SavedModelLayout.variablesIndex(dir),
          SavedModelLayout.vocabulary(dir),
          SavedModelLayout.metadata(dir)
        }) {
      if (!Files.isRegularFile(required)) {
        throw new ModelMismatchException(
            dir + ": not a tfal SavedModel (missing " + dir.relativize(required) + ")");
      }
    }
  }

  private static SessionFunction function(SavedModelBundle bundle, String key, Path dir) {
    try {
      return bundle.function(key);
    } catch (IllegalArgumentException e) {
      throw new ModelMismatchException(dir + ": SavedModel has no signature '" + key + "'");
    }
  }

  public Vocabulary vocabulary() {
    return vocabulary;
  }

  public ModelMetadata metadata() {
    return metadata;
  }

  @Override
  public int sequenceLength() {
    return sequenceLength;
  }

  @Override
  public float[] logits(int[] ids, int rows) {
    try (TInt32 input =
            TInt32.tensorOf(Shape.of(rows, sequenceLength), DataBuffers.of(ids, true, false));
        Result result = tokenIds.call(Map.of(SavedModelLayout.TOKEN_IDS_INPUT, input))) {
      Tensor logits =
          result
              .get(SavedModelLayout.LOGIT_OUTPUT)
              .orElseThrow(
                  () -> new ModelMismatchException("signature 'token_ids' has no 'logit' output"));
      TFloat32 floats = (TFloat32) logits;
      float[] values = new float[Math.toIntExact(floats.size())];
      floats.copyTo(DataBuffers.of(values, false, false));
      return values;
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException("SavedModel inference", e);
    }
  }

  /**
   * Probabilities of raw {@code texts} from the {@code serving_default} signature, which vectorizes
   * in the graph.
   */
  public float[] probabilities(List<String> texts) {
    SessionFunction serving = function(bundle, SavedModelLayout.SERVING_SIGNATURE, dir);
    try (TString input = TString.tensorOf(NdArrays.vectorOfObjects(texts.toArray(String[]::new)));
        Result result = serving.call(Map.of(SavedModelLayout.TEXT_INPUT, input))) {
      TFloat32 probabilities =
          (TFloat32)
              result
                  .get(SavedModelLayout.PROBABILITY_OUTPUT)
                  .orElseThrow(
                      () ->
                          new ModelMismatchException(
                              dir + ": signature 'serving_default' has no 'probability' output"));
      float[] values = new float[Math.toIntExact(probabilities.size())];
      probabilities.copyTo(DataBuffers.of(values, false, false));
      return values;
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException("SavedModel inference on text", e);
    }
  }

  @Override
  public void close() {
    bundle.close();
  }
}
