package dev.tfal.active;

/**
 * Settings the strategy registry passes to the strategies that take any.
 *
 * @param monteCarloPasses dropout passes for {@code bald}
 */
public record StrategyOptions(int monteCarloPasses) {
  /** Default Monte-Carlo dropout passes. */
  public static final int DEFAULT_MONTE_CARLO_PASSES = 10;

  public StrategyOptions {
    if (monteCarloPasses < 1) {
      throw new IllegalArgumentException("monteCarloPasses must be >= 1, got " + monteCarloPasses);
    }
  }

  /** Ten Monte-Carlo passes. */
  public static StrategyOptions defaults() {
    return new StrategyOptions(DEFAULT_MONTE_CARLO_PASSES);
  }

  public StrategyOptions withMonteCarloPasses(int passes) {
    return new StrategyOptions(passes);
  }
}
