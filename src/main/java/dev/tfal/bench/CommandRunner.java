package dev.tfal.bench;

import java.util.List;

/**
 * Runs a tfal command line in this process, as a user would type it after {@code ./tfal}; the
 * end-to-end scenarios time real commands through it.
 */
@FunctionalInterface
public interface CommandRunner {
  /** Runs {@code arguments}; returns the exit code and what the command printed to stdout. */
  CommandRun run(List<String> arguments);

  /** A finished command. */
  record CommandRun(int exitCode, String stdout) {}
}
