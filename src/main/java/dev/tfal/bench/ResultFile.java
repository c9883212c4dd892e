package dev.tfal.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tfal.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Benchmark results as JSON text and files (written atomically). */
public final class ResultFile {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultFile() {}

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value instanceof BenchResult r ? r.figures() : value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("benchmark result is not serializable", e);
    }
  }

  public static void write(Path target, Object value) throws IOException {
    AtomicFiles.writeString(target, json(value) + "\n");
  }

  /** Human-readable lines, {@code key: value}, nested results indented. */
  public static String text(BenchResult result) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Object> entry : result.figures().entrySet()) {
      out.append(entry.getKey()).append(": ").append(entry.getValue()).append('\n');
    }
    return out.toString();
  }
}
