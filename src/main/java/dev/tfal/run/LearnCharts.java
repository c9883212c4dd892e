package dev.tfal.run;

import dev.tfal.active.RoundResult;
import dev.tfal.plot.LineChartRenderer;
import dev.tfal.plot.LineChartSpec;
import dev.tfal.plot.Series;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The learning curve of a session: test and validation accuracy against labels used. */
final class LearnCharts {
  private LearnCharts() {}

  static void write(List<RoundResult> rounds, Path png) throws IOException {
    if (rounds.isEmpty()) {
      return;
    }
    double[] labels = rounds.stream().mapToDouble(RoundResult::labelled).toArray();
    Series test = new Series("test binary_accuracy", labels,
        rounds.stream().mapToDouble(r -> r.test().accuracy()).toArray());
    Series validation = new Series("val_binary_accuracy", labels,
        rounds.stream().mapToDouble(r -> r.validation().accuracy()).toArray());
    new LineChartRenderer().render(LineChartSpec.of("Learning curve", "labels",
        "binary accuracy", List.of(test, validation)), png);
  }
}
