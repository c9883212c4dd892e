package dev.tfal.compare;

import dev.tfal.io.AtomicFiles;
import dev.tfal.plot.LineChartRenderer;
import dev.tfal.plot.LineChartSpec;
import dev.tfal.plot.ReferenceLine;
import dev.tfal.plot.Series;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The comparison's table, CSV files and learning-curve chart. */
public final class CompareReport {
  private final List<StrategySummary> summaries;
  private final Ceiling ceiling;
  private final List<String> notes;

  /**
   * @param notes lines printed under the table (e.g. which strategies shared sessions)
   */
  public CompareReport(List<StrategySummary> summaries, Ceiling ceiling, List<String> notes) {
    this.summaries = List.copyOf(summaries);
    this.ceiling = ceiling;
    this.notes = List.copyOf(notes);
  }

  public List<StrategySummary> summaries() {
    return summaries;
  }

  public Ceiling ceiling() {
    return ceiling;
  }

  private static final String ROW = "%-18s %-17s %-17s %-22s %-8s %-19s %-13s %-11s %s%n";

  /** The summary as an aligned text table. */
  public String table() {
    StringBuilder out =
        new StringBuilder("full-data model test accuracy (ceiling): " + ceiling.describe() + "\n");
    out.append(
        String.format(
            Locale.ROOT,
            ROW,
            "strategy",
            "AULC",
            "final accuracy",
            "labels to ceiling",
            "reached",
            "last round - ceil.",
            "above random",
            "final FN/FP",
            "|FN-FP|/(FN+FP)"));
    Optional<StrategySummary> random = find("random");
    summaries.forEach(s -> out.append(row(s, random)));
    out.append(
        "last round - ceil.: test accuracy in the last round every seed ran minus that seed's"
            + " ceiling\n");
    out.append(
        "final FN/FP: mean test errors of each seed's best model; |FN-FP|/(FN+FP) of those means,"
            + " then of each seed's own counts\n");
    notes.forEach(note -> out.append("note: ").append(note).append('\n'));
    return out.toString();
  }

  private String row(StrategySummary s, Optional<StrategySummary> random) {
    StrategySummary.Stat reach = s.labelsToReachCeiling();
    return String.format(
        Locale.ROOT,
        ROW,
        s.strategy(),
        pm(s.areaUnderCurve(), "%.4f"),
        pm(s.finalAccuracy(), "%.4f"),
        reach.count() == 0 ? "-" : pm(reach, "%.0f"),
        reach.count() + "/" + s.curves().size(),
        pm(s.gapToCeiling(), "%+.4f", "%.4f"),
        aboveRandom(s, random),
        String.format(
            Locale.ROOT, "%.0f/%.0f", s.falseNegatives().mean(), s.falsePositives().mean()),
        String.format(
            Locale.ROOT,
            "%.3f (per seed %s)",
            s.errorBalanceOfMeans(),
            pm(s.errorBalance(), "%.3f")));
  }

  public void write(Path dir) throws IOException {
    AtomicFiles.writeString(dir.resolve("summary.csv"), summaryCsv());
    AtomicFiles.writeString(dir.resolve("curves.csv"), curvesCsv());
    List<Series> series = new ArrayList<>();
    for (StrategySummary s : summaries) {
      int rounds = s.commonRounds();
      double[] labels = new double[rounds];
      double[] accuracy = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        labels[r] = s.meanLabels(r);
        accuracy[r] = s.accuracyAt(r).mean();
      }
      series.add(new Series(s.strategy(), labels, accuracy));
    }
    LineChartSpec chart =
        LineChartSpec.of(
                "Test accuracy vs labels (mean over seeds)",
                "labels",
                "test binary accuracy",
                series)
            .withReferenceLine(
                new ReferenceLine(
                    String.format(
                        Locale.ROOT,
                        ceiling.runs() == 1 && !ceiling.perSeed()
                            ? "full-data model %.4f"
                            : "full-data models, mean %.4f",
                        ceiling.mean()),
                    ceiling.mean()));
    new LineChartRenderer().render(chart, dir.resolve("learning-curves.png"));
  }

  private String summaryCsv() {
    StringBuilder csv =
        new StringBuilder(
            "strategy,seeds,aulc_mean,aulc_std,final_accuracy_mean,"
                + "final_accuracy_std,labels_to_ceiling_mean,labels_to_ceiling_std,reached,"
                + "above_random_every_round,ceiling,false_negatives_mean,false_positives_mean,"
                + "error_balance_of_means,error_balance_mean,error_balance_std,ceiling_std,"
                + "ceiling_runs,ceiling_per_seed,gap_to_ceiling_mean,gap_to_ceiling_std\n");
    Optional<StrategySummary> random = find("random");
    for (StrategySummary s : summaries) {
      StrategySummary.Stat reach = s.labelsToReachCeiling();
      csv.append(
              String.join(
                  ",",
                  s.strategy(),
                  Integer.toString(s.curves().size()),
                  num(s.areaUnderCurve().mean()),
                  num(s.areaUnderCurve().std()),
                  num(s.finalAccuracy().mean()),
                  num(s.finalAccuracy().std()),
                  reach.count() == 0 ? "" : num(reach.mean()),
                  reach.count() == 0 ? "" : num(reach.std()),
                  Integer.toString(reach.count()),
                  aboveRandom(s, random),
                  num(ceiling.mean()),
                  num(s.falseNegatives().mean()),
                  num(s.falsePositives().mean()),
                  num(s.errorBalanceOfMeans()),
                  num(s.errorBalance().mean()),
                  num(s.errorBalance().std()),
                  num(ceiling.std()),
                  Integer.toString(ceiling.runs()),
                  ceiling.perSeed() ? "yes" : "no",
                  num(s.gapToCeiling().mean()),
                  num(s.gapToCeiling().std())))
          .append('\n');
    }
    return csv.toString();
  }

  private String curvesCsv() {
    StringBuilder csv =
        new StringBuilder(
            "strategy,round,labels_mean,test_accuracy_mean," + "test_accuracy_std,seeds\n");
    for (StrategySummary s : summaries) {
      for (int r = 0; r < s.commonRounds(); r++) {
        StrategySummary.Stat accuracy = s.accuracyAt(r);
        csv.append(
                String.join(
                    ",",
                    s.strategy(),
                    Integer.toString(r),
                    num(s.meanLabels(r)),
                    num(accuracy.mean()),
                    num(accuracy.std()),
                    Integer.toString(accuracy.count())))
            .append('\n');
      }
    }
    return csv.toString();
  }

  private Optional<StrategySummary> find(String name) {
    return summaries.stream().filter(s -> s.strategy().equals(name)).findFirst();
  }

  private static String aboveRandom(StrategySummary s, Optional<StrategySummary> random) {
    if (random.isEmpty() || s.strategy().equals("random")) {
      return "-";
    }
    return s.aboveInEveryRound(random.get()) ? "yes" : "no";
  }

  private static String pm(StrategySummary.Stat stat, String format) {
    return pm(stat, format, format);
  }

  private static String pm(StrategySummary.Stat stat, String meanFormat, String stdFormat) {
    return String.format(Locale.ROOT, meanFormat + " ± " + stdFormat, stat.mean(), stat.std());
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }
}
