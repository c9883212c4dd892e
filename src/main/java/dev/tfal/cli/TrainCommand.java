package dev.tfal.cli;

import dev.tfal.run.MetricsReport;
import dev.tfal.run.TrainJob;
import dev.tfal.run.TrainJobConfig;
import dev.tfal.run.TrainOutcome;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "train",
    header = "Train the full-data model and keep its best epoch as a SavedModel.",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Train the full-data model of the reference experiment: all labelled reviews are merged "
          + "and split (stratified) into validation, test, initial and pool; the model trains "
          + "on initial + pool, validates every epoch, stops early on val_loss, keeps the best "
          + "epoch as a SavedModel and is evaluated on the test split.",
      "",
      "Progress goes to stderr; the final test metrics go to stdout."
    },
    footer = {
      "",
      "Example:",
      "  ./tfal train --data ../shared/data/aclImdb_labeled.tar.gz --out runs/full",
      "  ./tfal train --data data/sample-reviews.csv --preset tiny --val-size 8 "
          + "--test-size 8 --initial-size 8"
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin JobOptions job;
  @Mixin CommonOptions common;

  private final Environment env;

  TrainCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream log = errStream();
    TrainJobConfig config = job.toConfig(env, log, "train");
    env.interruptHint()
        .accept(
            "the best epoch so far is kept in "
                + config.runDir().resolve("best")
                + "; training has to start again (a new --out)");
    TrainOutcome outcome = new TrainJob(config, log).run();
    Map<String, Object> report = MetricsReport.of(outcome);
    var stdout = spec.commandLine().getOut();
    if (job.json) {
      stdout.println(MetricsReport.toJson(report));
    } else {
      stdout.print(MetricsReport.table(report));
      stdout.println("run directory: " + outcome.runDir().root());
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private PrintStream errStream() {
    return Streams.printStream(spec.commandLine().getErr());
  }
}
