package dev.tfal.cli;

import dev.tfal.graph.ModelLayout;
import dev.tfal.graph.ModelSummary;
import dev.tfal.job.Preset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "summary",
    header = "Print a preset's model as a Keras-style table.",
    mixinStandardHelpOptions = true,
    description =
        "Print the model of a preset as a Keras-style table: layer, output shape, " + "parameters.",
    footer = {"", "Example:", "  ./tfal summary --preset imdb-bilstm"})
final class SummaryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--preset",
      paramLabel = "NAME|FILE",
      defaultValue = PresetRegistry.DEFAULT,
      description = {
        "Model preset (default: ${DEFAULT-VALUE}).",
        "Presets: ${COMPLETION-CANDIDATES}"
      },
      completionCandidates = ModelOptions.PresetNames.class)
  String preset;

  @Mixin CommonOptions common;

  private final Environment env;

  SummaryCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    Preset resolved = new PresetRegistry(env.models()).resolve(preset);
    var out = spec.commandLine().getOut();
    out.println(
        "Model: "
            + resolved.name()
            + " ("
            + ModelLayout.weights(resolved.model()).size()
            + " weight tensors)");
    out.print(ModelSummary.table(resolved.model()));
    out.flush();
    return ExitCodes.OK;
  }
}
