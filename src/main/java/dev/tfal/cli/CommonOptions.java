package dev.tfal.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class CommonOptions {
  @Option(names = "--stacktrace", description = "Print the full stack trace of an error.")
  boolean stacktrace;
}
