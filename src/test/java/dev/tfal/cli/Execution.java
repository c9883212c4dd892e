package dev.tfal.cli;

import java.util.List;

/**
 * What one in-process run of the command line produced.
 *
 * @param code exit code
 * @param out everything written to stdout
 * @param err everything written to stderr
 */
record Execution(int code, String out, String err) {
  List<String> errLines() {
    return err.lines().toList();
  }

  /** The lines of stderr that start with {@code prefix}. */
  List<String> errLinesStartingWith(String prefix) {
    return err.lines().filter(l -> l.startsWith(prefix)).toList();
  }

  /** Whether stderr holds a Java stack trace. */
  boolean hasStackTrace() {
    return err.lines().anyMatch(l -> l.startsWith("\tat "));
  }

  /** For assertion messages. */
  String describe() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
