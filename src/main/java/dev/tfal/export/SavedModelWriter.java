package dev.tfal.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tfal.error.RuntimeFailureException;
import dev.tfal.graph.InferenceSession;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.WriteFailedException;
import dev.tfal.io.WriteFaults;
import dev.tfal.text.Vocabulary;
import dev.tfal.text.VocabularyFile;
import java.io.IOException;
import java.nio.file.Path;
import org.tensorflow.Operand;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Signature;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Writes the weights held by an {@link InferenceSession} as a SavedModel directory, with the
 * vocabulary and metadata as assets. The directory appears whole or not at all: everything is
 * written into a hidden sibling with a checksum manifest ({@link SavedModelManifest}), then renamed
 * into place. A failed write leaves the previous version in place.
 *
 * <p>Every SavedModel gets two signatures: {@code serving_default} (raw text in, with the
 * vectorizer in the graph) and {@code token_ids} (ids in), plus the {@code __saved_model_init_op}
 * marker that makes loaders fill the vocabulary table after restoring the weights.
 */
public final class SavedModelWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final InferenceSession model;
  private final Vocabulary vocabulary;
  private final Signature[] signatures;

  /**
   * Adds the text serving graph to {@code model}'s graph and fills its vocabulary table; build one
   * writer per inference session.
   */
  public SavedModelWriter(InferenceSession model, Vocabulary vocabulary) {
    this.model = model;
    this.vocabulary = vocabulary;
    this.signatures = buildSignatures(model, vocabulary);
  }

  private static Signature[] buildSignatures(InferenceSession model, Vocabulary vocabulary) {
    Ops tf = model.ops();
    TextServingGraph text = TextServingGraph.build(tf, vocabulary, model.spec().sequenceLength());
    Operand<TFloat32> logits = model.logitsFor("serving", text.tokenIds());
    Operand<TFloat32> probability =
        InferenceSession.probabilities(tf.withName("serving_probability"), model.spec(), logits);
    Operand<TInt32> label = label(tf, model.spec(), probability);
    try {
      model.session().initialize();
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException("vocabulary table initialization", e);
    }
    return new Signature[] {
      Signature.builder(SavedModelLayout.SERVING_SIGNATURE)
          .input(SavedModelLayout.TEXT_INPUT, text.text())
          .output(SavedModelLayout.PROBABILITY_OUTPUT, probability)
          .output(SavedModelLayout.LABEL_OUTPUT, label)
          .methodName(SavedModelLayout.PREDICT_METHOD)
          .build(),
      Signature.builder(SavedModelLayout.TOKEN_IDS_SIGNATURE)
          .input(SavedModelLayout.TOKEN_IDS_INPUT, model.tokenIds())
          .output(SavedModelLayout.PROBABILITY_OUTPUT, model.probabilitiesOutput())
          .output(SavedModelLayout.LOGIT_OUTPUT, model.logitsOutput())
          .methodName(SavedModelLayout.PREDICT_METHOD)
          .build(),
      Signature.builder(SavedModelLayout.INIT_OP_SIGNATURE)
          .output(SavedModelLayout.INIT_OP_SIGNATURE, text.initMarker())
          .build()
    };
  }

  /** The predicted label id: probability > 0.5 for two classes, the arg max of K otherwise. */
  private static Operand<TInt32> label(
      Ops tf, dev.tfal.graph.ModelSpec spec, Operand<TFloat32> probability) {
    if (spec.isBinary()) {
      return tf.withName("serving_label")
          .dtypes
          .cast(tf.math.greater(probability, tf.constant(0.5f)), TInt32.class);
    }
    return tf.withName("serving_label").math.argMax(probability, tf.constant(1), TInt32.class);
  }

  /** Writes the model to {@code target}, replacing what was there. */
  public void write(Path target, ModelMetadata metadata) throws IOException {
    Path staging = AtomicFiles.createStagingDirectory(target);
    try {
      writeInto(staging, metadata);
      SavedModelManifest.write(staging);
      WriteFaults.check(target);
      AtomicFiles.replaceDirectory(staging, target);
    } catch (IOException e) {
      throw e instanceof WriteFailedException
          ? e
          : new WriteFailedException(target, "the previous version (if any) is kept", e);
    } finally {
      AtomicFiles.deleteRecursively(staging);
    }
  }

  /** Writes the model into the existing empty directory {@code dir}, not atomically. */
  void writeInto(Path dir, ModelMetadata metadata) throws IOException {
    exportGraph(dir);
    VocabularyFile.saveAsset(vocabulary, SavedModelLayout.vocabulary(dir));
    AtomicFiles.write(SavedModelLayout.metadata(dir), out -> JSON.writeValue(out, metadata));
  }

  private void exportGraph(Path dir) throws IOException {
    try {
      SavedModelBundle.exporter(dir.toString())
          .withTags(SavedModelLayout.TAG)
          .withSession(model.session())
          .withSignatures(signatures)
          .export();
    } catch (TensorFlowException e) {
      throw new IOException("TensorFlow could not save the model: " + e.getMessage(), e);
    }
  }
}
