package dev.tfal.report;

import dev.tfal.metrics.ConfusionCsv;
import dev.tfal.metrics.ConfusionMatrix;
import dev.tfal.plot.ConfusionChartRenderer;
import dev.tfal.plot.ConfusionChartSpec;
import dev.tfal.rundir.RunDirectory;
import java.io.IOException;

/** A run's test confusion matrix: {@code confusion.csv} and the {@code confusion.png} heat map. */
public final class ConfusionReport {
  private ConfusionReport() {}

  public static void write(ConfusionMatrix confusion, RunDirectory dir) throws IOException {
    ConfusionCsv.write(confusion, dir.confusionCsv());
    new ConfusionChartRenderer()
        .render(
            new ConfusionChartSpec(
                "Test confusion matrix", confusion.labels().names(), confusion.counts()),
            dir.confusionChart());
  }
}
