package dev.tfal.cli;

import dev.tfal.error.UsageException;
import dev.tfal.job.TrainJob;
import dev.tfal.job.TrainJobConfig;
import dev.tfal.job.TrainJobResult;
import dev.tfal.report.MetricsReport;
import dev.tfal.rundir.RunConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
      "After every epoch the training state (weights, optimizer, early stopping, best epoch, "
          + "history) is saved in the run directory; --resume continues an interrupted run "
          + "from its last completed epoch with the same result as an uninterrupted one.",
      "",
      "Progress goes to stderr; the final test metrics go to stdout."
    },
    footer = {
      "",
      "Example:",
      "  ./tfal train --data ../shared/data/aclImdb_labeled.tar.gz --out runs/full",
      "  ./tfal train --data data/sample-reviews.csv --preset tiny --val-size 8 "
          + "--test-size 8 --initial-size 8",
      "  ./tfal train --data ../shared/data/trec/train.tsv --test ../shared/data/trec/test.tsv",
      "  ./tfal train --resume runs/full"
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin JobOptions job;

  @Option(
      names = "--resume",
      paramLabel = "RUN",
      description =
          "Continue the interrupted run in RUN from its last completed epoch, with the "
              + "settings it was started with.")
  Path resume;

  @Option(
      names = "--test",
      paramLabel = "FILE",
      description =
          "A labelled file that is the test split (same columns and classes as --data);"
              + " nothing is carved from --data for it.")
  Path test;

  @Option(
      names = "--validation",
      paramLabel = "FILE",
      description =
          "A labelled file that is the validation split; nothing is carved from --data for it.")
  Path validation;

  @Mixin CommonOptions common;

  private final Environment env;

  TrainCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream log = Streams.printStream(spec.commandLine().getErr());
    TrainJobConfig config = resume != null ? resumedConfig(log) : newConfig(log);
    env.interruptHint()
        .accept(
            "every completed epoch is kept; continue with: ./tfal train --resume "
                + config.runDir());
    TrainJob trainJob = new TrainJob(config, log);
    TrainJobResult outcome = resume != null ? trainJob.resume() : trainJob.run();
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

  /** The configuration of a new run: the job's options and the held-out files. */
  private TrainJobConfig newConfig(PrintStream log) throws IOException {
    TrainJobConfig config = job.toConfig(env, log, "train");
    return config.withData(
        config
            .data()
            .withHeldOut(
                config.data().fitSizes(),
                java.util.Optional.ofNullable(validation),
                java.util.Optional.ofNullable(test)));
  }

  /** The configuration the run in {@code resume} was started with, from its record. */
  private TrainJobConfig resumedConfig(PrintStream log) throws IOException {
    if (Files.exists(resume.resolve("labels.jsonl"))) {
      throw new UsageException(
          resume + " is a learn session; continue it with ./tfal learn --resume " + resume);
    }
    RunConfig saved = Resumption.read(spec, resume, RunConfig.Command.TRAIN, "run", log);
    saved.runtime().requireDevice();
    return saved.trainJob(resume, JobOptions.progress(env));
  }
}
