package dev.tfal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import dev.tfal.report.RoundsReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningCurveTest {
  private static final LearningCurve RISING =
      new LearningCurve(
          new double[] {100, 200, 400},
          new double[] {0.6, 0.8, 0.9},
          new FinalResult(0.88, 30, 18));
  private static final LearningCurve SLOWER =
      new LearningCurve(
          new double[] {100, 200, 400},
          new double[] {0.6, 0.7, 0.8},
          new FinalResult(0.78, 10, 40));

  @Test
  void areaUnderCurveIsTrapezoidMeanOverLabelRange() {
    // (100 * 0.7 + 200 * 0.85) / 300 = 0.8
    assertEquals(0.8, RISING.areaUnderCurve(), 1e-12);
    assertEquals(
        0.7, new LearningCurve(new double[] {5}, new double[] {0.7}, null).areaUnderCurve(), 1e-12);
  }

  @Test
  void labelsToReachIsFirstRoundAtOrAboveTarget() {
    assertEquals(200, RISING.labelsToReach(0.8));
    assertEquals(100, RISING.labelsToReach(0.5));
    assertEquals(-1, RISING.labelsToReach(0.95));
  }

  @Test
  void readsRoundsCsvColumnsByName(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("rounds.csv");
    Files.writeString(
        csv,
        RoundsReport.HEADER
            + "\n"
            + "0,10,5,5,0,,4,2,2,0,,0.69,0.5,4,0,0.7,0.55,3,1,2,1.0,0.1,0.0\n"
            + "1,14,7,7,0,,0,0,0,0,,0.68,0.6,2,2,0.65,0.75,1,1,2,1.0,0.0,0.0\n");
    LearningCurve curve = LearningCurve.read(csv, new FinalResult(0.7, 1, 2));
    assertEquals(List.of(10.0, 14.0), List.of(curve.labels()[0], curve.labels()[1]));
    assertEquals(0.75, curve.testAccuracy()[1], 1e-12);
    assertEquals(0.7, curve.finalAccuracy());
  }

  @Test
  void emptyRoundsCsvIsAnError(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("rounds.csv");
    Files.writeString(csv, RoundsReport.HEADER + "\n");
    assertThrows(DataFormatException.class, () -> LearningCurve.read(csv, null));
  }

  @Test
  void strategySummaryStatisticsOverSeeds() {
    StrategySummary strong =
        new StrategySummary("entropy", List.of(RISING, RISING), List.of(0.85, 0.85));
    StrategySummary weak =
        new StrategySummary("random", List.of(SLOWER, SLOWER), List.of(0.85, 0.85));
    assertEquals(0.88, strong.finalAccuracy().mean(), 1e-12);
    assertEquals(0, strong.finalAccuracy().std(), 1e-12);
    assertEquals(400, strong.labelsToReachCeiling().mean());
    assertEquals(0, weak.labelsToReachCeiling().count());
    assertTrue(strong.aboveInEveryRound(weak));
    assertFalse(weak.aboveInEveryRound(strong));
    assertEquals(0.8, strong.accuracyAt(1).mean(), 1e-12);
  }

  /**
   * RISING ends at 0.9 and SLOWER at 0.8 after 400 labels. Against per-seed ceilings 0.85 and 0.82:
   * RISING reaches its ceiling at 400, SLOWER never; the gaps are +0.05 and -0.02.
   */
  @Test
  void eachSeedIsMeasuredAgainstItsOwnCeiling() {
    StrategySummary summary =
        new StrategySummary("entropy", List.of(RISING, SLOWER), List.of(0.85, 0.82));
    assertEquals(1, summary.labelsToReachCeiling().count());
    assertEquals(400, summary.labelsToReachCeiling().mean());
    assertEquals(0.015, summary.gapToCeiling().mean(), 1e-12);
    assertEquals(Math.sqrt(2 * 0.035 * 0.035), summary.gapToCeiling().std(), 1e-12);
    assertThrows(
        IllegalArgumentException.class,
        () -> new StrategySummary("entropy", List.of(RISING, SLOWER), List.of(0.85)));
  }

  @Test
  void errorBalanceIsAbsoluteDifferenceOverAllErrors() {
    assertEquals(0.25, new FinalResult(0.9, 30, 18).errorBalance(), 1e-12); // 12 / 48
    assertEquals(0.6, new FinalResult(0.9, 10, 40).errorBalance(), 1e-12); // 30 / 50
    assertEquals(0, new FinalResult(0.9, 7, 7).errorBalance());
    assertEquals(0, new FinalResult(1.0, 0, 0).errorBalance());
    assertEquals(1, new FinalResult(0.9, 0, 5).errorBalance());
  }

  @Test
  void strategySummaryBalancesMeanErrorsAndEachSeed() {
    LearningCurve fnHeavy =
        new LearningCurve(new double[] {1}, new double[] {0.8}, new FinalResult(0.8, 60, 40));
    LearningCurve fpHeavy =
        new LearningCurve(new double[] {1}, new double[] {0.8}, new FinalResult(0.8, 40, 60));
    StrategySummary summary =
        new StrategySummary("entropy", List.of(fnHeavy, fpHeavy), List.of(0.85, 0.85));
    assertEquals(50, summary.falseNegatives().mean(), 1e-12);
    assertEquals(50, summary.falsePositives().mean(), 1e-12);
    assertEquals(0, summary.errorBalanceOfMeans(), 1e-12);
    assertEquals(0.2, summary.errorBalance().mean(), 1e-12);
  }

  @Test
  void strategySummaryRefusesACurveWithoutFinalResult() {
    LearningCurve running = new LearningCurve(new double[] {1}, new double[] {0.8}, null);
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> new StrategySummary("entropy", List.of(RISING, running), List.of(0.85, 0.85)));
    assertTrue(error.getMessage().contains("entropy"), error.getMessage());
  }

  @Test
  void finalResultReadsMetricsJsonAndNamesAMissingKey(@TempDir Path dir) throws Exception {
    Path metrics = dir.resolve("metrics.json");
    Files.writeString(
        metrics, "{\"binary_accuracy\": 0.85, \"false_negatives\": 400, \"false_positives\": 350}");
    assertEquals(new FinalResult(0.85, 400, 350), FinalResult.read(metrics));
    Files.writeString(metrics, "{\"binary_accuracy\": 0.85, \"false_negatives\": 400}");
    DataFormatException error =
        assertThrows(DataFormatException.class, () -> FinalResult.read(metrics));
    assertTrue(error.getMessage().contains("false_positives"), error.getMessage());
  }
}
