package dev.tfal.job;

import java.nio.file.Path;

/**
 * Settings of {@code tfal predict}.
 *
 * @param model a SavedModel tfal wrote, or a run directory (its best/)
 * @param textColumn the text column of CSV/JSONL input
 * @param idColumn the optional id column of CSV/JSONL input
 * @param threshold probability above which the label is 1
 */
public record PredictConfig(Path model, String textColumn, String idColumn, double threshold) {
  /** Texts sent to the model per call. */
  public static final int BATCH_SIZE = 256;

  public PredictConfig {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
    }
    if (textColumn.isEmpty()) {
      throw new IllegalArgumentException("textColumn must not be empty");
    }
  }
}
