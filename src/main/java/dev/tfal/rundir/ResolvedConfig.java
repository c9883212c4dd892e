package dev.tfal.rundir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tfal.error.CorruptFileException;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.job.DataConfig;
import dev.tfal.job.TrainJobConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the fully resolved settings of a run as {@code config.json}, with its checksum file {@code
 * config.json.sha256}.
 */
public final class ResolvedConfig {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResolvedConfig() {}

  public static void write(TrainJobConfig config, Path file) throws IOException {
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
    ChecksummedFiles.write(file, out -> JSON.writeValue(out, tree));
  }

  /**
   * Checks that {@code file} is the complete settings file tfal wrote.
   *
   * @throws CorruptFileException if it does not match its checksum file, was deleted, or is not
   *     JSON
   */
  public static void verify(Path file) throws IOException {
    byte[] content = ChecksummedFiles.read(file);
    try {
      JSON.readTree(content);
    } catch (IOException e) {
      throw new CorruptFileException(file, "not the settings tfal wrote: " + firstLine(e));
    }
  }

  private static String firstLine(IOException e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
  }
}
