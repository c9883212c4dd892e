package dev.tfal.export;

import dev.tfal.error.ModelMismatchException;
import dev.tfal.text.VocabularyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.proto.SignatureDef;
import org.tensorflow.proto.TensorInfo;
import org.tensorflow.proto.TensorShapeProto;

/** A readable description of a tfal SavedModel, like {@code saved_model_cli show --all}. */
public final class ModelInspection {
  private ModelInspection() {}

  /** The description of the SavedModel in {@code path} (or the best/ of a run directory). */
  public static String describe(Path path) throws IOException {
    Path dir = SavedModelSource.resolve(path);
    SavedModelClassifier.requireSavedModel(dir);
    int vocabularySize = VocabularyFile.load(SavedModelLayout.vocabulary(dir)).size();
    String metadata = Files.readString(SavedModelLayout.metadata(dir)).strip();
    StringBuilder out = new StringBuilder("SavedModel: " + dir + "\n");
    try (SavedModelBundle bundle = SavedModelBundle.load(dir.toString(), SavedModelLayout.TAG)) {
      out.append("Tags: ")
          .append(String.join(", ", bundle.metaGraphDef().getMetaInfoDef().getTagsList()))
          .append('\n');
      Map<String, SignatureDef> signatures =
          new TreeMap<>(bundle.metaGraphDef().getSignatureDefMap());
      signatures.remove(SavedModelLayout.INIT_OP_SIGNATURE);
      signatures.forEach((key, def) -> appendSignature(out, key, def));
    } catch (TensorFlowException | IllegalArgumentException e) {
      throw new ModelMismatchException(dir + ": not a loadable SavedModel: " + e.getMessage());
    }
    out.append("Vocabulary size: ").append(vocabularySize).append('\n');
    out.append("Metadata (assets/").append(SavedModelLayout.METADATA_ASSET).append("):\n");
    out.append(metadata).append('\n');
    return out.toString();
  }

  private static void appendSignature(StringBuilder out, String key, SignatureDef def) {
    out.append("Signature '").append(key).append("' (").append(def.getMethodName()).append(")\n");
    out.append("  inputs:\n");
    new TreeMap<>(def.getInputsMap()).forEach((name, info) -> appendTensor(out, name, info));
    out.append("  outputs:\n");
    new TreeMap<>(def.getOutputsMap()).forEach((name, info) -> appendTensor(out, name, info));
  }

  private static void appendTensor(StringBuilder out, String name, TensorInfo info) {
    out.append("    ")
        .append(name)
        .append(": dtype=")
        .append(info.getDtype())
        .append(" shape=")
        .append(shape(info.getTensorShape()))
        .append(" name=")
        .append(info.getName())
        .append('\n');
  }

  private static String shape(TensorShapeProto shape) {
    if (shape.getUnknownRank()) {
      return "unknown";
    }
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < shape.getDimCount(); i++) {
      long size = shape.getDim(i).getSize();
      text.append(i > 0 ? ", " : "").append(size < 0 ? "-1" : Long.toString(size));
    }
    return text.append(shape.getDimCount() == 1 ? ",)" : ")").toString();
  }
}
