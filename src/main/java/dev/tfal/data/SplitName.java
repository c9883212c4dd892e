package dev.tfal.data;

import java.util.Locale;

/** The four parts of {@link Splits}, in the order they are written. */
public enum SplitName {
  VALIDATION,
  TEST,
  INITIAL,
  POOL;

  /** The id file of this split: {@code validation.txt}, {@code test.txt}, ... */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT) + ".txt";
  }
}
