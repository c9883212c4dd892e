package dev.tfal.rundir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.tfal.error.CorruptFileException;
import dev.tfal.error.DataFormatException;
import dev.tfal.io.ChecksummedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes a run's {@code config.json}: its {@link RunConfig} as JSON, written from the
 * records by Jackson, with the checksum file {@code config.json.sha256}, and read back into the
 * same records. Every field must be there and no other (a typo or a file of another layout is an
 * error, not a default); a path is written as its string.
 */
public final class RunConfigFile {
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new SimpleModule().addSerializer(Path.class, new ToStringSerializer()))
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private RunConfigFile() {}

  public static void write(RunConfig config, Path file) throws IOException {
    ChecksummedFiles.write(file, out -> JSON.writeValue(out, config));
  }

  /**
   * The record of the run in {@code dir}, checked against its checksum file.
   *
   * @throws CorruptFileException if {@code config.json} is damaged, deleted or not a record
   * @throws DataFormatException if the directory holds no record, or one of another schema, or was
   *     written by an earlier tfal, which kept the command's arguments ({@code arguments.json})
   */
  public static RunConfig read(RunDirectory dir) throws IOException {
    return readIfPresent(dir)
        .orElseThrow(
            () -> new DataFormatException(dir.config(), "missing: not a tfal run directory"));
  }

  /**
   * Like {@link #read}, but empty when the directory holds neither a record nor the arguments of an
   * earlier tfal (a recorded result that keeps only its reports, say).
   */
  public static Optional<RunConfig> readIfPresent(RunDirectory dir) throws IOException {
    Optional<byte[]> content = ChecksummedFiles.readIfWritten(dir.config());
    if (content.isEmpty()) {
      if (Files.exists(dir.legacyArguments())) {
        throw earlierTfal(dir);
      }
      return Optional.empty();
    }
    JsonNode tree = tree(dir.config(), content.get());
    if (!tree.has("schema")) {
      throw earlierTfal(dir);
    }
    int schema = tree.get("schema").asInt();
    if (schema != RunConfig.SCHEMA) {
      throw new DataFormatException(
          dir.config(),
          "schema "
              + tree.get("schema")
              + ", written by another tfal version; this one reads schema "
              + RunConfig.SCHEMA);
    }
    try {
      return Optional.of(JSON.treeToValue(tree, RunConfig.class));
    } catch (JsonProcessingException e) {
      throw new CorruptFileException(dir.config(), "not the record tfal wrote: " + firstLine(e));
    }
  }

  /**
   * Checks that {@code file} is the complete record tfal wrote.
   *
   * @throws CorruptFileException if it does not match its checksum file, was deleted, or is not a
   *     record
   */
  public static void verify(Path file) throws IOException {
    byte[] content = ChecksummedFiles.read(file);
    try {
      JSON.readValue(content, RunConfig.class);
    } catch (JsonProcessingException e) {
      throw new CorruptFileException(file, "not the record tfal wrote: " + firstLine(e));
    }
  }

  private static JsonNode tree(Path file, byte[] content) {
    try {
      JsonNode tree = JSON.readTree(content);
      if (tree == null || !tree.isObject()) {
        throw new CorruptFileException(file, "not the record tfal wrote: not a JSON object");
      }
      return tree;
    } catch (IOException e) {
      throw new CorruptFileException(file, "not the record tfal wrote: " + firstLine(e));
    }
  }

  private static DataFormatException earlierTfal(RunDirectory dir) {
    return new DataFormatException(
        dir.root(),
        "written by an earlier tfal, which kept the command's arguments in arguments.json"
            + " instead of a versioned config.json; this tfal neither resumes nor reuses it:"
            + " finish it with the tfal that started it, or start again in a new directory");
  }

  private static String firstLine(IOException e) {
    String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : null;
    return String.valueOf(message != null ? message : e.getMessage())
        .lines()
        .findFirst()
        .orElse("");
  }
}
