package dev.tfal.active;

/** Which split's false negatives and positives set the class budget of the ratio strategies. */
public enum RatioSource {
  /** The validation split: no information from the test split leaks into the labels chosen. */
  VALIDATION,
  /** The test split, as the Keras reference does (a leak, kept to reproduce it). */
  TEST
}
