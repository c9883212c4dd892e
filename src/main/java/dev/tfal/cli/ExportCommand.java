package dev.tfal.cli;

import dev.tfal.error.UsageException;
import dev.tfal.export.ServingExporter;
import dev.tfal.rundir.RunDirectory;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    header = "Export a model for TensorFlow Serving (raw-text signature inside).",
    description =
        "Export a model for TensorFlow Serving as DIR/<version>/ (saved_model.pb, variables/, "
            + "assets/), with a raw-text 'serving_default' signature and a 'token_ids' one.",
    footer = {"", "Example:", "  ./tfal export --model runs/imdb --to serving/imdb"})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "RUN|SAVEDMODEL",
      description = "A run directory (its best/ model) or a SavedModel tfal wrote.")
  Path model;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DIR",
      description = "Serving root; the model goes to DIR/<version>/.")
  Path to;

  @Option(
      names = "--version",
      paramLabel = "N",
      description = "Version number (default: the next free one, 1 if none).")
  Integer version;

  @Option(names = "--force", description = "Overwrite an existing version.")
  boolean force;

  // no standard help mixin: its --version would clash with the model version option
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    if (version != null && version < 1) {
      throw new UsageException("--version must be >= 1, got " + version);
    }
    OptionalInt wanted = version == null ? OptionalInt.empty() : OptionalInt.of(version);
    Path written;
    try (Closeable lock = RunDirectory.lockIfRun(model)) {
      written = ServingExporter.export(model, to, wanted, force);
    }
    var out = spec.commandLine().getOut();
    out.println("Exported " + model + " to " + written);
    out.flush();
    return ExitCodes.OK;
  }
}
