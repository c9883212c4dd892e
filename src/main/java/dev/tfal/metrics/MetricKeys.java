package dev.tfal.metrics;

/** Metric names, spelled as Keras spells them. */
public final class MetricKeys {
  public static final String LOSS = "loss";
  public static final String BINARY_ACCURACY = "binary_accuracy";
  public static final String FALSE_NEGATIVES = "false_negatives";
  public static final String FALSE_POSITIVES = "false_positives";
  public static final String VALIDATION_PREFIX = "val_";

  private MetricKeys() {}

  /** The validation twin of {@code key}: {@code val_loss} for {@code loss}. */
  public static String validation(String key) {
    return VALIDATION_PREFIX + key;
  }
}
