package dev.tfal.export;

import java.nio.file.Path;

/** File names and signature keys of the SavedModels tfal writes. */
public final class SavedModelLayout {
  /** The standard serving tag. */
  public static final String TAG = "serve";

  /** Signature taking raw strings [batch]; the vectorizer runs in the graph. */
  public static final String SERVING_SIGNATURE = "serving_default";

  /** Signature key (and output key) of the op loaders run after restoring the weights. */
  public static final String INIT_OP_SIGNATURE = "__saved_model_init_op";

  /** The method name TensorFlow Serving's predict API expects. */
  public static final String PREDICT_METHOD = "tensorflow/serving/predict";

  public static final String TEXT_INPUT = "text";
  public static final String LABEL_OUTPUT = "label";

  /** Signature taking int32 token ids [batch, length]. */
  public static final String TOKEN_IDS_SIGNATURE = "token_ids";

  public static final String TOKEN_IDS_INPUT = "token_ids";
  public static final String PROBABILITY_OUTPUT = "probability";
  public static final String LOGIT_OUTPUT = "logit";
  public static final String VOCABULARY_ASSET = "vocabulary.txt";
  public static final String METADATA_ASSET = "tfal.json";

  private SavedModelLayout() {}

  public static Path savedModelFile(Path dir) {
    return dir.resolve("saved_model.pb");
  }

  /** The index of the variables; every tfal model has weights, so every one has this file. */
  public static Path variablesIndex(Path dir) {
    return dir.resolve("variables").resolve("variables.index");
  }

  public static Path vocabulary(Path dir) {
    return dir.resolve("assets").resolve(VOCABULARY_ASSET);
  }

  public static Path metadata(Path dir) {
    return dir.resolve("assets").resolve(METADATA_ASSET);
  }
}
