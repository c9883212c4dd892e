package dev.tfal.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM: one line on stderr saying what was kept and how to continue, then
 * exit code 130. Nothing needs flushing at that point: every label is journaled and forced to disk
 * before it is used, and every other file is replaced atomically, so the run directory is as
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
    for (String name : new String[] {"INT", "TERM"}) {
      Signal.handle(new Signal(name), signal -> interrupted());
    }
  }

  /** What to tell the user about continuing, e.g. the resume command of the current run. */
  void setHint(String text) {
    hint.set(text);
  }

  private void interrupted() {
    String text = hint.get();
    err.println();
    err.println("tfal: interrupted" + (text.isEmpty() ? "" : "; " + text));
    err.flush();
    Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
  }
}
