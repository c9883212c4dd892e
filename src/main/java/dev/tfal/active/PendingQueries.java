package dev.tfal.active;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tfal.error.DataFormatException;
import dev.tfal.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * That a session waits for a filled query file: {@code pending-queries.json} in the run directory,
 * written by the files oracle after the query file and deleted once the file's answers are
 * journaled. It keeps the ids the round asked for, which the annotator's copy cannot be trusted to,
 * so an import can reject any other id. A crash between journaling and deletion only repeats an
 * import that journals nothing new.
 *
 * @param round the query round (from 1)
 * @param file the query file's name, in the run directory
 * @param ids the ids asked for, in query order
 */
record PendingQueries(
    @JsonProperty("round") int round,
    @JsonProperty("file") String file,
    @JsonProperty("ids") List<String> ids) {
  static final String FILE_NAME = "pending-queries.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  PendingQueries {
    if (round < 1) {
      throw new IllegalArgumentException("round must be >= 1, got " + round);
    }
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("file must not be blank, got '" + file + "'");
    }
    ids = List.copyOf(ids);
  }

  static Path path(Path runDir) {
    return runDir.resolve(FILE_NAME);
  }

  /** The pending queries of the run in {@code runDir}, if it waits for any. */
  static Optional<PendingQueries> read(Path runDir) throws IOException {
    Path path = path(runDir);
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(path.toFile(), PendingQueries.class));
    } catch (JacksonException e) {
      throw new DataFormatException(
          path, "corrupt record of pending queries: " + e.getOriginalMessage());
    }
  }

  void write(Path runDir) throws IOException {
    AtomicFiles.write(path(runDir), out -> JSON.writeValue(out, this));
  }

  static void clear(Path runDir) throws IOException {
    Files.deleteIfExists(path(runDir));
  }
}
