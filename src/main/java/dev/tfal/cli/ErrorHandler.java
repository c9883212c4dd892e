package dev.tfal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one line on stderr, a hint to read the help, and an exit code. An
 * internal error (see {@link ExitCodes#isInternal}) is one line that says so and asks for a report
 * instead. The stack trace is printed only with {@code --stacktrace}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception error, CommandLine command, ParseResult parsed) {
    Throwable cause = unwrap(error);
    String name = command.getCommandName();
    boolean internal = ExitCodes.isInternal(cause);
    String text =
        internal
            ? "internal error: " + message(cause) + " (run with --stacktrace and report it)"
            : message(cause);
    command.getErr().println("tfal " + name + ": " + text);
    if (stackTraceWanted(parsed)) {
      error.printStackTrace(command.getErr());
    }
    if (!internal) {
      command.getErr().println("Try 'tfal " + name + " --help'");
    }
    command.getErr().flush();
    return ExitCodes.of(cause);
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof UncheckedIOException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  private static String message(Throwable error) {
    if (error instanceof NoSuchFileException missing) {
      return missing.getFile() + ": no such file or directory";
    }
    String message = error.getMessage();
    if (error instanceof IOException) {
      return "I/O error: " + message;
    }
    return message == null ? error.getClass().getSimpleName() : message;
  }

  private static boolean stackTraceWanted(ParseResult parsed) {
    ParseResult current = parsed;
    while (current.hasSubcommand()) {
      current = current.subcommand();
    }
    return current.hasMatchedOption("--stacktrace");
  }
}
