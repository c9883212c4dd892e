package dev.tfal.report;

import dev.tfal.active.RoundResult;
import dev.tfal.io.AtomicFiles;
import dev.tfal.metrics.BinaryScores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code rounds.csv}: one row per round, rewritten atomically after each round. A resumed session
 * keeps the rows of the rounds before the one it continues with.
 */
public final class RoundsReport {
  public static final String HEADER =
      "round,labels,labels_positive,labels_negative,pseudo_labels,pseudo_label_accuracy,queried,"
          + "queried_positive,queried_negative,audited,audit_accuracy,val_loss,val_binary_accuracy,"
          + "val_false_negatives,val_false_positives,test_loss,test_binary_accuracy,"
          + "test_false_negatives,test_false_positives,epochs,train_seconds,score_seconds,"
          + "select_seconds";

  private final Path file;
  private final List<String> rows = new ArrayList<>();

  private RoundsReport(Path file) {
    this.file = file;
  }

  /** A new report. */
  public static RoundsReport create(Path file) {
    return new RoundsReport(file);
  }

  /**
   * The report of a resumed session: the rows of rounds before {@code firstRound} are kept. Rows
   * written by a version with other columns are rearranged under today's header by column name; a
   * column they lack stays empty.
   */
  public static RoundsReport resume(Path file, int firstRound) throws IOException {
    RoundsReport report = new RoundsReport(file);
    if (Files.isRegularFile(file)) {
      List<String> lines = Files.readAllLines(file);
      if (lines.isEmpty()) {
        return report;
      }
      List<String> written = List.of(lines.get(0).split(",", -1));
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()
            && Integer.parseInt(line.substring(0, line.indexOf(','))) < firstRound) {
          report.rows.add(underHeader(written, line.split(",", -1)));
        }
      }
    }
    return report;
  }

  private static String underHeader(List<String> written, String[] cells) {
    List<String> row = new ArrayList<>();
    for (String column : HEADER.split(",")) {
      int index = written.indexOf(column);
      row.add(index >= 0 && index < cells.length ? cells[index] : "");
    }
    return String.join(",", row);
  }

  public void add(RoundResult result) throws IOException {
    rows.add(row(result));
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    rows.forEach(row -> csv.append(row).append('\n'));
    AtomicFiles.writeString(file, csv.toString());
  }

  private static String row(RoundResult r) {
    return String.join(
        ",",
        List.of(
            Integer.toString(r.round()),
            Integer.toString(r.labelled()),
            Integer.toString(r.labelledPositive()),
            Integer.toString(r.labelledNegative()),
            Integer.toString(r.pseudoLabelled()),
            r.pseudoLabelAccuracy().map(RoundsReport::number).orElse(""),
            Integer.toString(r.queried()),
            Integer.toString(r.queriedPositive()),
            Integer.toString(r.queriedNegative()),
            Integer.toString(r.audited()),
            r.auditAccuracy().map(RoundsReport::number).orElse(""),
            scores(r.validation()),
            scores(r.test()),
            Integer.toString(r.epochs()),
            seconds(r.trainSeconds()),
            seconds(r.scoreSeconds()),
            seconds(r.selectSeconds())));
  }

  private static String scores(BinaryScores s) {
    return number(s.loss())
        + ","
        + number(s.accuracy())
        + ","
        + s.falseNegatives()
        + ","
        + s.falsePositives();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
