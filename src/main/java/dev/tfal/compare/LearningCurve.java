package dev.tfal.compare;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test accuracy against labels of one session, read from its {@code rounds.csv}, plus the test
 * result of its overall best model.
 *
 * @param labels labels used in each round
 * @param testAccuracy test accuracy of each round's model
 * @param result the session's overall best model on test; null where only the curve is known (a
 *     session still running)
 */
public record LearningCurve(double[] labels, double[] testAccuracy, FinalResult result) {
  public LearningCurve {
    labels = labels.clone();
    testAccuracy = testAccuracy.clone();
    if (labels.length != testAccuracy.length || labels.length == 0) {
      throw new IllegalArgumentException(
          "a learning curve needs as many accuracies as label "
              + "counts, at least one; got "
              + labels.length
              + " and "
              + testAccuracy.length);
    }
  }

  @Override
  public double[] labels() {
    return labels.clone();
  }

  @Override
  public double[] testAccuracy() {
    return testAccuracy.clone();
  }

  /** Test accuracy of the session's overall best model. */
  public double finalAccuracy() {
    if (result == null) {
      throw new IllegalStateException("this curve has no final result");
    }
    return result.accuracy();
  }

  public int points() {
    return labels.length;
  }

  /**
   * Mean test accuracy over the label range: the trapezoid area under the curve divided by the
   * labels it spans (the accuracy itself for a one-point curve).
   */
  public double areaUnderCurve() {
    if (labels.length == 1) {
      return testAccuracy[0];
    }
    double area = 0;
    for (int i = 1; i < labels.length; i++) {
      area += (labels[i] - labels[i - 1]) * (testAccuracy[i] + testAccuracy[i - 1]) / 2;
    }
    return area / (labels[labels.length - 1] - labels[0]);
  }

  /** Labels of the first round whose model reaches {@code accuracy}, or -1 if none does. */
  public double labelsToReach(double accuracy) {
    for (int i = 0; i < labels.length; i++) {
      if (testAccuracy[i] >= accuracy) {
        return labels[i];
      }
    }
    return -1;
  }

  /**
   * Reads the {@code labels} and {@code test_binary_accuracy} columns of a rounds.csv; {@code
   * result} may be null.
   */
  public static LearningCurve read(Path roundsCsv, FinalResult result) throws IOException {
    List<String> lines = Files.readAllLines(roundsCsv);
    if (lines.size() < 2) {
      throw new DataFormatException(roundsCsv, "no rounds recorded");
    }
    List<String> header = Arrays.asList(lines.get(0).split(","));
    int labelsColumn = header.indexOf("labels");
    int accuracyColumn = header.indexOf("test_binary_accuracy");
    if (labelsColumn < 0 || accuracyColumn < 0) {
      throw new DataFormatException(roundsCsv, 1, "header lacks labels/test_binary_accuracy");
    }
    List<double[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      rows.add(
          new double[] {
            Double.parseDouble(cells[labelsColumn]), Double.parseDouble(cells[accuracyColumn])
          });
    }
    return new LearningCurve(
        rows.stream().mapToDouble(r -> r[0]).toArray(),
        rows.stream().mapToDouble(r -> r[1]).toArray(),
        result);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LearningCurve c
        && Arrays.equals(labels, c.labels)
        && Arrays.equals(testAccuracy, c.testAccuracy)
        && java.util.Objects.equals(result, c.result);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(labels) * 31 + Arrays.hashCode(testAccuracy);
  }
}
