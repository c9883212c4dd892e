package dev.tfal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tfal.active.RoundResult;
import dev.tfal.metrics.BinaryScores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundsReportTest {
  /** The header before the pseudo-label columns existed. */
  private static final String OLD_HEADER =
      "round,labels,labels_positive,labels_negative,queried,queried_positive,queried_negative,"
          + "audited,audit_accuracy,val_loss,val_binary_accuracy,val_false_negatives,"
          + "val_false_positives,test_loss,test_binary_accuracy,test_false_negatives,"
          + "test_false_positives,epochs,train_seconds,score_seconds,select_seconds";

  @Test
  void resumeKeepsEarlierRowsAndDropsTheRoundItRetrains(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("rounds.csv");
    RoundsReport first = RoundsReport.create(csv);
    first.add(round(0, 8));
    first.add(round(1, 10));

    RoundsReport.resume(csv, 1).add(round(1, 10));

    List<String> lines = Files.readAllLines(csv);
    assertEquals(3, lines.size(), lines.toString());
    assertEquals(RoundsReport.HEADER, lines.get(0));
    assertEquals(
        List.of("0", "1"), List.of(lines.get(1).split(",")[0], lines.get(2).split(",")[0]));
  }

  @Test
  void rowsOfAnOlderHeaderAreRearrangedByColumnName(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("rounds.csv");
    Files.writeString(
        csv,
        OLD_HEADER
            + "\n0,8,4,4,2,1,1,0,,0.69,0.5,4,0,0.7,0.55,3,1,2,1.00,0.10,0.00\n"
            + "1,10,5,5,2,1,1,0,,0.68,0.6,2,2,0.65,0.75,1,1,2,1.00,0.00,0.00\n");

    RoundsReport.resume(csv, 1).add(round(1, 10));

    List<String> lines = Files.readAllLines(csv);
    List<String> header = List.of(lines.get(0).split(","));
    String[] kept = lines.get(1).split(",", -1);
    assertEquals(header.size(), kept.length, lines.get(1));
    assertEquals("8", kept[header.indexOf("labels")]);
    assertEquals("2", kept[header.indexOf("queried")]);
    assertEquals("0.55", kept[header.indexOf("test_binary_accuracy")]);
    assertEquals("0.10", kept[header.indexOf("score_seconds")]);
    assertEquals("", kept[header.indexOf("pseudo_labels")], "unknown in the older file");
    assertEquals(header.size(), lines.get(2).split(",", -1).length, lines.get(2));
  }

  private static RoundResult round(int round, int labelled) {
    BinaryScores scores = new BinaryScores(0.5, 0.75, 1, 1, 8);
    return new RoundResult(
        round,
        labelled,
        labelled / 2,
        0,
        Optional.empty(),
        scores,
        scores,
        2,
        0,
        0,
        0,
        Optional.empty(),
        1,
        0,
        0);
  }
}
