package dev.tfal.bench;

/** How figures are written: four decimals, enough for accuracies and milliseconds alike. */
final class Figures {
  private Figures() {}

  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
