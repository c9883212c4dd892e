package dev.tfal.cli;

import dev.tfal.export.ModelInspection;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "inspect",
    header = "Show a SavedModel's tags, signatures, vocabulary and metadata.",
    mixinStandardHelpOptions = true,
    description =
        "Show a SavedModel's tags, signatures (inputs and outputs with dtypes and shapes), "
            + "vocabulary size and metadata.",
    footer = {"", "Example:", "  ./tfal inspect serving/imdb/1"})
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A SavedModel tfal wrote, or a run directory.")
  Path dir;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    out.print(ModelInspection.describe(dir));
    out.flush();
    return ExitCodes.OK;
  }
}
