package dev.tfal.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfal.data.LabelSet;
import dev.tfal.export.SavedModelClassifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Classifies raw texts with the {@code serving_default} signature of a SavedModel and writes one
 * JSON object per text: {@code {"id": ..., "probability": 0.93, "label": 1}}.
 */
public final class PredictJob {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final PredictConfig config;

  public PredictJob(PredictConfig config) {
    this.config = config;
  }

  /**
   * Reads texts from {@code input} in {@code format} ({@code source} names it in errors) and writes
   * the predictions to {@code out}.
   *
   * @return the number of texts classified
   */
  public long run(BufferedReader input, Path source, PredictInput.Format format, PrintWriter out)
      throws IOException {
    try (SavedModelClassifier model = SavedModelClassifier.load(config.model())) {
      List<PredictInput.Row> batch = new ArrayList<>(PredictConfig.BATCH_SIZE);
      long[] count = {0};
      PredictInput.read(
          input,
          source,
          format,
          config,
          row -> {
            batch.add(row);
            if (batch.size() == PredictConfig.BATCH_SIZE) {
              count[0] += flush(model, batch, out);
            }
          });
      count[0] += flush(model, batch, out);
      out.flush();
      return count[0];
    }
  }

  private int flush(SavedModelClassifier model, List<PredictInput.Row> batch, PrintWriter out) {
    if (batch.isEmpty()) {
      return 0;
    }
    float[] probabilities =
        model.probabilities(batch.stream().map(PredictInput.Row::text).toList());
    LabelSet labels = model.metadata().labelSet();
    for (int i = 0; i < batch.size(); i++) {
      out.println(
          model.metadata().model().isBinary()
              ? line(batch.get(i), probabilities[i])
              : line(batch.get(i), probabilities, i, labels));
    }
    int written = batch.size();
    batch.clear();
    return written;
  }

  /** One text of a K-class model: its K probabilities and the name of the likeliest class. */
  private String line(PredictInput.Row row, float[] probabilities, int i, LabelSet labels) {
    ObjectNode node = JSON.createObjectNode();
    if (row.id() != null) {
      node.set("id", row.id());
    }
    int k = labels.size();
    int best = 0;
    var array = node.putArray("probabilities");
    for (int c = 0; c < k; c++) {
      float p = probabilities[i * k + c];
      array.add(Double.parseDouble(Float.toString(p)));
      best = p > probabilities[i * k + best] ? c : best;
    }
    node.put("label", labels.name(best));
    return write(node);
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String line(PredictInput.Row row, float probability) {
    ObjectNode node = JSON.createObjectNode();
    if (row.id() != null) {
      node.set("id", row.id());
    }
    node.put("probability", Double.parseDouble(Float.toString(probability)));
    node.put("label", probability > config.threshold() ? 1 : 0);
    return write(node);
  }
}
