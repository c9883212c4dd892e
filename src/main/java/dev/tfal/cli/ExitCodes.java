package dev.tfal.cli;

import dev.tfal.error.DataFormatException;
import dev.tfal.error.ModelMismatchException;
import dev.tfal.error.RuntimeFailureException;
import dev.tfal.io.RunInUseException;
import dev.tfal.io.WriteFailedException;
import java.nio.file.NoSuchFileException;

/** Exit codes of every tfal command. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL = 1;
  static final int USAGE = 2;
  static final int BAD_INPUT = 3;
  static final int RUNTIME = 4;
  static final int INTERRUPTED = 130;

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
    if (error instanceof IllegalArgumentException || error instanceof RunInUseException) {
      return USAGE;
    }
    if (error instanceof InterruptedException) {
      return INTERRUPTED;
    }
    return INTERNAL;
  }
}
