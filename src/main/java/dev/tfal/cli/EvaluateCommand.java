package dev.tfal.cli;

import dev.tfal.data.SplitName;
import dev.tfal.error.UsageException;
import dev.tfal.job.EvaluateJob;
import dev.tfal.metrics.ClassifierScores;
import dev.tfal.report.MetricsReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    header = "Evaluate a saved model on its run's test split or a whole data file.",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a saved model: by default on the test split of the run it came from (the "
          + "split's ids are in the run's splits/ directory), or on a whole data file with --all.",
      "",
      "Metrics go to stdout."
    },
    footer = {
      "",
      "Examples:",
      "  ./tfal evaluate --model runs/full --data ../shared/data/aclImdb_labeled.tar.gz",
      "  ./tfal evaluate --model runs/full/best --data reviews.csv --all"
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-m", "--model"},
      paramLabel = "DIR",
      required = true,
      description = "A run directory (its best/ model is used) or a SavedModel directory.")
  Path model;

  @Mixin DataOptions dataOptions;

  @Option(
      names = "--split",
      paramLabel = "NAME",
      defaultValue = "test",
      description =
          "Split of the run to evaluate on: validation, test, initial or pool "
              + "(default: ${DEFAULT-VALUE}).")
  String split;

  @Option(names = "--all", description = "Evaluate on every example of the data instead.")
  boolean all;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "256",
      description = "Examples per inference batch (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--json", description = "Print the metrics as JSON.")
  boolean json;

  @Mixin CommonOptions common;

  private final Environment env;

  EvaluateCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    var log = Streams.printStream(spec.commandLine().getErr());
    if (batchSize < 1) {
      throw new UsageException("--batch-size must be >= 1, got " + batchSize);
    }
    Optional<SplitName> which = all ? Optional.empty() : Optional.of(splitName());
    EvaluateJob.Target target =
        UserValues.check(
            () ->
                new EvaluateJob.Target(dataOptions.locate(env, log), dataOptions.columns(), which));
    ClassifierScores scores = new EvaluateJob(log).run(model, target, batchSize);
    Map<String, Object> report = new LinkedHashMap<>(MetricsReport.testMetrics(scores));
    report.put("examples", scores.examples());
    var out = spec.commandLine().getOut();
    out.print(json ? MetricsReport.toJson(report) + "\n" : MetricsReport.table(report));
    out.flush();
    return ExitCodes.OK;
  }

  private SplitName splitName() {
    try {
      return SplitName.valueOf(split.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--split must be one of validation, test, initial, " + "pool; got '" + split + "'");
    }
  }
}
