package dev.tfal.cli;

import dev.tfal.error.UsageException;

/**
 * The one place where a user's bad value becomes a usage error: the step that turns parsed options
 * into config records runs through {@link #check}, and the {@link IllegalArgumentException} their
 * compact constructors throw for an out-of-range value becomes a {@link UsageException} (exit 2).
 * An IllegalArgumentException from any later step is a bug of tfal's (exit 1).
 */
final class UserValues {
  /** A step that builds config records from option values. */
  @FunctionalInterface
  interface Step<T, E extends Exception> {
    T run() throws E;
  }

  private UserValues() {}

  static <T, E extends Exception> T check(Step<T, E> step) throws E {
    try {
      return step.run();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }
}
