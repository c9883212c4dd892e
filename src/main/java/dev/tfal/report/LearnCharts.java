package dev.tfal.report;

import dev.tfal.compare.LearningCurve;
import dev.tfal.plot.LineChartRenderer;
import dev.tfal.plot.LineChartSpec;
import dev.tfal.plot.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The learning curve of a session, drawn from its rounds.csv: test accuracy against labels. */
public final class LearnCharts {
  private LearnCharts() {}

  public static void write(Path roundsCsv, Path png) throws IOException {
    if (!Files.isRegularFile(roundsCsv)) {
      return;
    }
    LearningCurve curve = LearningCurve.read(roundsCsv, null);
    Series test = new Series("test binary_accuracy", curve.labels(), curve.testAccuracy());
    new LineChartRenderer()
        .render(
            LineChartSpec.of("Learning curve", "labels", "test binary accuracy", List.of(test)),
            png);
  }
}
