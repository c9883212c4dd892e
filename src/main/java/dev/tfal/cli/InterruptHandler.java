package dev.tfal.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM: one line on stderr saying what was kept and how to continue, then
 * exit code 128 + the signal's number, as a shell reports a process a signal ended: 130 for SIGINT,
 * 143 for SIGTERM. Nothing needs flushing at that point: every label is journaled and forced to
 * disk before it is used, and every other file is replaced atomically, so the run directory is as
 * consistent as after a kill -9.
 */
final class InterruptHandler {
  private final PrintStream err;
  private final AtomicReference<String> hint = new AtomicReference<>("");

  InterruptHandler(PrintStream err) {
    this.err = err;
  }

  /** Installs the handler for SIGINT and SIGTERM. */
  void install() {
    Signal.handle(new Signal("INT"), signal -> interrupted(ExitCodes.INTERRUPTED));
    Signal.handle(new Signal("TERM"), signal -> interrupted(ExitCodes.TERMINATED));
  }

  /** What to tell the user about continuing, e.g. the resume command of the current run. */
  void setHint(String text) {
    hint.set(text);
  }

  private void interrupted(int exitCode) {
    String text = hint.get();
    err.println();
    err.println("tfal: interrupted" + (text.isEmpty() ? "" : "; " + text));
    err.flush();
    Runtime.getRuntime().halt(exitCode);
  }
}
