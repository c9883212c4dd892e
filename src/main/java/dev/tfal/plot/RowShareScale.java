package dev.tfal.plot;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colours a share in [0, 1] from near-white to dark blue (the ends of ColorBrewer's sequential
 * "Blues"), linearly in RGB; values outside are clamped.
 */
final class RowShareScale implements PaintScale {
  static final Color LOW = new Color(0xF7FBFF);
  static final Color HIGH = new Color(0x08306B);

  /** Above this share a cell is dark enough to need white text. */
  static final double DARK = 0.5;

  @Override
  public double getLowerBound() {
    return 0;
  }

  @Override
  public double getUpperBound() {
    return 1;
  }

  @Override
  public Paint getPaint(double value) {
    return colour(value);
  }

  static Color colour(double share) {
    double t = Double.isNaN(share) ? 0 : Math.min(Math.max(share, 0), 1);
    return new Color(
        mix(LOW.getRed(), HIGH.getRed(), t),
        mix(LOW.getGreen(), HIGH.getGreen(), t),
        mix(LOW.getBlue(), HIGH.getBlue(), t));
  }

  private static int mix(int from, int to, double t) {
    return (int) Math.round(from + (to - from) * t);
  }
}
