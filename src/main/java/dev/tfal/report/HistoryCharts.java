package dev.tfal.report;

import dev.tfal.metrics.MetricKeys;
import dev.tfal.plot.LineChartRenderer;
import dev.tfal.plot.LineChartSpec;
import dev.tfal.plot.Series;
import dev.tfal.plot.XTicks;
import dev.tfal.train.EpochLogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Draws the per-epoch training and validation curves of a fit. */
public final class HistoryCharts {
  private HistoryCharts() {}

  public static void write(List<EpochLogs> epochs, Path lossPng, Path accuracyPng)
      throws IOException {
    LineChartRenderer renderer = new LineChartRenderer();
    renderer.render(chart(epochs, "Loss", MetricKeys.LOSS), lossPng);
    boolean binary = epochs.isEmpty() || epochs.get(0).has(MetricKeys.BINARY_ACCURACY);
    renderer.render(
        binary
            ? chart(epochs, "Binary accuracy", MetricKeys.BINARY_ACCURACY)
            : chart(epochs, "Accuracy", MetricKeys.ACCURACY),
        accuracyPng);
  }

  private static LineChartSpec chart(List<EpochLogs> epochs, String title, String key) {
    String validation = MetricKeys.validation(key);
    List<Series> series =
        List.of(
            Series.of("train " + key, values(epochs, key)),
            Series.of(validation, values(epochs, validation)));
    return LineChartSpec.of(title + " per epoch", "epoch", key, series).withXTicks(XTicks.INTEGER);
  }

  private static double[] values(List<EpochLogs> epochs, String key) {
    return epochs.stream().mapToDouble(logs -> logs.get(key)).toArray();
  }
}
