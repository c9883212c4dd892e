package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.metrics.BinaryScores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryTest {
  private static final String HEADER =
      "epoch,loss,binary_accuracy,false_negatives,"
          + "false_positives,val_loss,val_binary_accuracy,val_false_negatives,val_false_positives\n";

  private static final EpochLogs FIRST = epoch(scores(0.5, 0.75, 3, 1), scores(0.625, 0.5, 2, 6));
  private static final EpochLogs SECOND =
      epoch(scores(0.25, 0.875, 1, 1), scores(0.375, 0.8125, 2, 1));

  private final FakeContext context = new FakeContext(5, 3);

  @Test
  void csvIsRewrittenAfterEachEpoch(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("out").resolve("history.csv");
    History history = new History(Optional.of(csv));

    history.onEpochEnd(0, FIRST, context);
    assertEquals(HEADER + "1,0.5,0.75,3,1,0.625,0.5,2,6\n", Files.readString(csv));

    history.onEpochEnd(1, SECOND, context);
    assertEquals(
        HEADER + "1,0.5,0.75,3,1,0.625,0.5,2,6\n" + "2,0.25,0.875,1,1,0.375,0.8125,2,1\n",
        Files.readString(csv));
    try (var files = Files.list(csv.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void seriesGivesOneValuePerEpoch() {
    History history = new History(Optional.empty());
    history.onEpochEnd(0, FIRST, context);
    history.onEpochEnd(1, SECOND, context);
    assertArrayEquals(new double[] {0.625, 0.375}, history.series("val_loss"));
    assertArrayEquals(new double[] {3, 1}, history.series("false_negatives"));
    assertEquals(2, history.epochs().size());
    assertEquals(0.375, history.epochs().get(1).get("val_loss"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> history.series("val_auc"));
    assertTrue(e.getMessage().startsWith("no metric 'val_auc'; metrics: [loss,"), e.getMessage());
  }

  @Test
  void epochsAreASnapshot() {
    History history = new History(Optional.empty());
    history.onEpochEnd(0, FIRST, context);
    var snapshot = history.epochs();
    history.onEpochEnd(1, SECOND, context);
    assertEquals(1, snapshot.size());
    assertThrows(UnsupportedOperationException.class, () -> snapshot.add(snapshot.get(0)));
  }

  @Test
  void csvWithoutEpochsIsTheHeaderOnly() {
    assertEquals("epoch\n", new History(Optional.empty()).toCsv());
  }

  @Test
  void nonIntegralAndNonFiniteValuesKeepFullPrecision() {
    History history = new History(Optional.empty());
    EpochLogs odd = epoch(scores(0.123456789, 1.0, 0, 0), scores(Double.NaN, 0.1, 0, 0));
    history.onEpochEnd(0, odd, context);
    assertEquals(HEADER + "1,0.123456789,1,0,0,NaN,0.1,0,0\n", history.toCsv());
  }

  @Test
  void writeFailureNamesTheFile(@TempDir Path dir) throws IOException {
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    Path csv = blocker.resolve("history.csv");
    History history = new History(Optional.of(csv));
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> history.onEpochEnd(0, FIRST, context));
    assertEquals("writing " + csv, e.getMessage());
  }

  private static BinaryScores scores(double loss, double accuracy, long fn, long fp) {
    return new BinaryScores(loss, accuracy, fn, fp, 16);
  }

  private static EpochLogs epoch(BinaryScores train, BinaryScores validation) {
    Map<String, Double> values = train.toLogs("");
    values.putAll(validation.toLogs("val_"));
    return EpochLogs.of(values);
  }
}
