package dev.tfal.plot;

/** Pixel size of a rendered chart. */
public record ChartSize(int width, int height) {
  private static final int MIN = 16;
  private static final int MAX = 10_000;

  public ChartSize {
    check("width", width);
    check("height", height);
  }

  /** 960 x 600 pixels. */
  public static ChartSize defaults() {
    return new ChartSize(960, 600);
  }

  private static void check(String field, int value) {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException(
          field + " must be in [" + MIN + ", " + MAX + "], got " + value);
    }
  }
}
