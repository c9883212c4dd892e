package dev.tfal.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tfal.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the fully resolved settings of a run as {@code config.json}. */
final class ResolvedConfig {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResolvedConfig() {}

  static void write(TrainJobConfig config, Path file) throws IOException {
    Map<String, Object> tree = new LinkedHashMap<>();
    DataConfig data = config.data();
    Map<String, Object> dataTree = new LinkedHashMap<>();
    dataTree.put("source", data.source().toString());
    dataTree.put("columns", data.columns());
    dataTree.put("sizes", data.sizes());
    dataTree.put("seed", data.seed());
    dataTree.put("vectorizer", data.vectorizer());
    tree.put("data", dataTree);
    tree.put("model", config.model());
    tree.put("optimizer", config.optimizer());
    tree.put("training", config.training());
    tree.put("runtime", config.runtime());
    AtomicFiles.write(file, out -> JSON.writeValue(out, tree));
  }
}
