package dev.tfal.cli;

import dev.tfal.error.DataFormatException;
import dev.tfal.error.ModelMismatchException;
import dev.tfal.error.RuntimeFailureException;
import dev.tfal.error.TfalException;
import dev.tfal.error.UsageException;
import dev.tfal.io.RunInUseException;
import dev.tfal.io.WriteFailedException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** Exit codes of every tfal command. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int BAD_INPUT = 3;
  static final int RUNTIME = 4;

  /** Ctrl-C: 128 + SIGINT (2), as a shell reports it. */
  static final int INTERRUPTED = 130;

  /** A service manager's or {@code kill}'s stop: 128 + SIGTERM (15). */
  static final int TERMINATED = 143;

  private ExitCodes() {}

  static int of(Throwable error) {
    if (error instanceof DataFormatException
        || error instanceof ModelMismatchException
        || error instanceof NoSuchFileException) {
      return BAD_INPUT;
    }
    if (error instanceof RuntimeFailureException || error instanceof WriteFailedException) {
      return RUNTIME;
    }
    if (error instanceof UsageException || error instanceof RunInUseException) {
      return USAGE;
    }
    if (error instanceof InterruptedException) {
      return INTERRUPTED;
    }
    return INTERNAL;
  }

  /**
   * Whether {@code error} is a bug of tfal's rather than a failure it reports: anything that is
   * neither a {@link TfalException}, an {@link IOException} nor an interruption, e.g. an
   * IllegalStateException, an IllegalArgumentException outside the checking of option values, a
   * NullPointerException.
   */
  static boolean isInternal(Throwable error) {
    return !(error instanceof TfalException
        || error instanceof IOException
        || error instanceof InterruptedException);
  }
}
