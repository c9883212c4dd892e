package dev.tfal.run;

import dev.tfal.active.RoundResult;
import dev.tfal.io.AtomicFiles;
import dev.tfal.metrics.BinaryScores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code rounds.csv}: one row per round, rewritten atomically after each round. */
final class RoundsReport {
  static final String HEADER = "round,labels,labels_positive,labels_negative,queried,"
      + "queried_positive,queried_negative,audited,audit_accuracy,val_loss,val_binary_accuracy,"
      + "val_false_negatives,val_false_positives,test_loss,test_binary_accuracy,"
      + "test_false_negatives,test_false_positives,epochs,train_seconds,score_seconds,"
      + "select_seconds";

  private final Path file;
  private final List<RoundResult> rows = new ArrayList<>();

  RoundsReport(Path file) {
    this.file = file;
  }

  void add(RoundResult result) throws IOException {
    rows.add(result);
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    rows.forEach(row -> csv.append(row(row)).append('\n'));
    AtomicFiles.writeString(file, csv.toString());
  }

  List<RoundResult> rows() {
    return List.copyOf(rows);
  }

  private static String row(RoundResult r) {
    return String.join(",", List.of(
        Integer.toString(r.round()), Integer.toString(r.labelled()),
        Integer.toString(r.labelledPositive()), Integer.toString(r.labelledNegative()),
        Integer.toString(r.queried()), Integer.toString(r.queriedPositive()),
        Integer.toString(r.queriedNegative()), Integer.toString(r.audited()),
        r.auditAccuracy().map(RoundsReport::number).orElse(""),
        scores(r.validation()), scores(r.test()), Integer.toString(r.epochs()),
        seconds(r.trainSeconds()), seconds(r.scoreSeconds()), seconds(r.selectSeconds())));
  }

  private static String scores(BinaryScores s) {
    return number(s.loss()) + "," + number(s.accuracy()) + "," + s.falseNegatives() + ","
        + s.falsePositives();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
