package dev.tfal.metrics;

/**
 * Metric names, spelled as Keras spells them; {@code macro_f1} is ours (Keras names its F1Score
 * {@code f1_score} whatever the averaging).
 */
public final class MetricKeys {
  public static final String LOSS = "loss";
  public static final String BINARY_ACCURACY = "binary_accuracy";
  public static final String FALSE_NEGATIVES = "false_negatives";
  public static final String FALSE_POSITIVES = "false_positives";

  /** Fraction of examples whose arg-max class is the true one, for any number of classes. */
  public static final String ACCURACY = "accuracy";

  /** Unweighted mean of the per-class F1 scores. */
  public static final String MACRO_F1 = "macro_f1";

  public static final String VALIDATION_PREFIX = "val_";

  private MetricKeys() {}

  /** The validation twin of {@code key}: {@code val_loss} for {@code loss}. */
  public static String validation(String key) {
    return VALIDATION_PREFIX + key;
  }
}
