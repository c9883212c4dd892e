package dev.tfal.metrics;

import dev.tfal.data.LabelSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exact metrics of a K-class classifier over a set of examples. Accuracy and macro-F1 are NaN when
 * no example was seen, as is the loss.
 *
 * @param loss mean categorical cross-entropy
 * @param accuracy fraction of examples whose predicted class (the arg max) is the true one
 * @param macroF1 unweighted mean of the K per-class F1 scores, every class of the label set
 *     counting, a class with neither support nor predictions with F1 0
 * @param classes per-class scores in label order
 * @param confusion the confusion matrix the other figures derive from
 */
public record MulticlassScores(
    double loss,
    double accuracy,
    double macroF1,
    List<ClassScores> classes,
    ConfusionMatrix confusion) {

  public MulticlassScores {
    Objects.requireNonNull(classes, "classes must not be null");
    Objects.requireNonNull(confusion, "confusion must not be null");
    classes = List.copyOf(classes);
    if (classes.size() != confusion.size()) {
      throw new IllegalArgumentException(
          "classes must have one entry per label ("
              + confusion.size()
              + "), got "
              + classes.size());
    }
  }

  /** The scores that follow from {@code confusion}, with the mean loss {@code loss}. */
  public static MulticlassScores of(ConfusionMatrix confusion, double loss) {
    List<ClassScores> classes = new ArrayList<>();
    double f1Sum = 0;
    for (int id = 0; id < confusion.size(); id++) {
      ClassScores scores = ClassScores.of(confusion, id);
      classes.add(scores);
      f1Sum += scores.f1();
    }
    long total = confusion.total();
    double accuracy = total == 0 ? Double.NaN : (double) confusion.correct() / total;
    double macroF1 = total == 0 ? Double.NaN : f1Sum / confusion.size();
    return new MulticlassScores(loss, accuracy, macroF1, classes, confusion);
  }

  public LabelSet labels() {
    return confusion.labels();
  }

  /** Number of examples scored. */
  public long examples() {
    return confusion.total();
  }

  /** Loss, accuracy and macro-F1 under their metric keys, each prefixed with {@code prefix}. */
  public Map<String, Double> toLogs(String prefix) {
    Map<String, Double> logs = new LinkedHashMap<>();
    logs.put(prefix + MetricKeys.LOSS, loss);
    logs.put(prefix + MetricKeys.ACCURACY, accuracy);
    logs.put(prefix + MetricKeys.MACRO_F1, macroF1);
    return logs;
  }
}
