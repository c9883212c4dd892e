package dev.tfal.cli;

import dev.tfal.job.TrainJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "tfal",
    mixinStandardHelpOptions = true,
    version = "tfal " + TrainJob.VERSION,
    description = {
      "Train a review classifier as a native TensorFlow graph on the JVM and drive it with "
          + "active learning.",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 internal error, 2 usage, 3 bad input data, "
          + "4 TensorFlow/runtime failure, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).",
      "Run 'tfal COMMAND --help' for a command's options."
    },
    synopsisSubcommandLabel = "COMMAND")
final class TfalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }

  /** The full command line with every subcommand, wired to {@code env}. */
  static CommandLine create(Environment env) {
    CommandLine line = new CommandLine(new TfalCommand(), new TfalFactory(env));
    line.addSubcommand(new LearnCommand(env));
    line.addSubcommand(new CompareCommand(env));
    line.addSubcommand(new TrainCommand(env));
    line.addSubcommand(new EvaluateCommand(env));
    line.addSubcommand(new SummaryCommand(env));
    line.addSubcommand(new ExportCommand());
    line.addSubcommand(new PredictCommand());
    line.addSubcommand(new InspectCommand());
    line.addSubcommand(new BenchCommand(env));
    String[] version = line.getCommandSpec().version();
    line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));
    CommandLine learn = line.getSubcommands().get("learn");
    String[] footer = learn.getCommandSpec().usageMessage().footer();
    for (int i = 0; i < footer.length; i++) {
      footer[i] = footer[i].equals("%s") ? LearnCommand.strategyList() : footer[i];
    }
    learn.getCommandSpec().usageMessage().footer(footer);
    line.setUsageHelpWidth(100);
    line.setExecutionExceptionHandler(new ErrorHandler());
    line.setParameterExceptionHandler(new UsageErrorHandler());
    return line;
  }
}
