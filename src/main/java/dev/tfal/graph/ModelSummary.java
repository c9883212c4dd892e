package dev.tfal.graph;

import java.util.List;

/** Keras-style summary of the model: one row per layer with its output shape and parameters. */
public final class ModelSummary {
  /** One layer of the summary. */
  public record Row(String layer, String type, String outputShape, long parameters) {}

  private ModelSummary() {}

  public static List<Row> rows(ModelSpec spec) {
    long e = spec.embeddingDim();
    long u = spec.lstmUnits();
    long lstm = 2 * (e * 4 * u + u * 4 * u + 4 * u);
    long dense = (2 * u) * spec.denseUnits() + spec.denseUnits();
    String t = Integer.toString(spec.sequenceLength());
    return List.of(
        new Row(
            "embedding",
            "Embedding",
            "(None, " + t + ", " + e + ")",
            (long) spec.vocabularySize() * e),
        new Row("bidirectional", "Bidirectional", "(None, " + t + ", " + 2 * u + ")", lstm),
        new Row("global_max_pooling1d", "GlobalMaxPooling1D", "(None, " + 2 * u + ")", 0),
        new Row("dense", "Dense", "(None, " + spec.denseUnits() + ")", dense),
        new Row("dropout", "Dropout", "(None, " + spec.denseUnits() + ")", 0),
        new Row("dense_1", "Dense", "(None, 1)", spec.denseUnits() + 1L));
  }

  /** The summary as Keras prints it, with totals. */
  public static String table(ModelSpec spec) {
    String rule = "=".repeat(72) + "\n";
    StringBuilder out =
        new StringBuilder(
            String.format("%-42s %-18s %10s%n", "Layer (type)", "Output Shape", "Param #"));
    out.append(rule);
    long total = 0;
    for (Row row : rows(spec)) {
      out.append(
          String.format(
              "%-42s %-18s %,10d%n",
              row.layer() + " (" + row.type() + ")", row.outputShape(), row.parameters()));
      total += row.parameters();
    }
    out.append(rule);
    out.append(String.format("Total params: %,d%n", total));
    out.append(String.format("Trainable params: %,d%n", total));
    out.append(String.format("Non-trainable params: 0%n"));
    return out.toString();
  }
}
