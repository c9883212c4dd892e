package dev.tfal.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.error.DataFormatException;
import dev.tfal.error.UsageException;
import dev.tfal.run.MetricsReport;
import dev.tfal.run.RunDirectory;
import dev.tfal.run.TrainJob;
import dev.tfal.run.TrainJobConfig;
import dev.tfal.run.TrainOutcome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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
      "  ./tfal train --resume runs/full"
    })
final class TrainCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RESUME_OPTIONS = List.of("--resume", "--json", "--stacktrace");

  @Spec CommandSpec spec;
  @Mixin JobOptions job;

  @Option(
      names = "--resume",
      paramLabel = "RUN",
      description =
          "Continue the interrupted run in RUN from its last completed epoch, with the "
              + "settings it was started with.")
  Path resume;

  @Mixin CommonOptions common;

  private final Environment env;

  TrainCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream log = errStream();
    TrainJob trainJob;
    Path runDir;
    if (resume != null) {
      List<String> original = savedArguments();
      TrainJobConfig config = resumedConfig(original, log);
      runDir = config.runDir();
      trainJob = new TrainJob(config, original, log);
    } else {
      TrainJobConfig config = job.toConfig(env, log, "train");
      runDir = config.runDir();
      trainJob = new TrainJob(config, LearnCommand.ownArguments(spec), log);
    }
    env.interruptHint()
        .accept("every completed epoch is kept; continue with: ./tfal train --resume " + runDir);
    TrainOutcome outcome = resume != null ? trainJob.resume() : trainJob.run();
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

  /** The arguments the run in {@code resume} was started with; other options are refused. */
  private List<String> savedArguments() throws IOException {
    List<String> extra =
        spec.commandLine().getParseResult().matchedOptions().stream()
            .map(option -> option.longestName())
            .filter(name -> !RESUME_OPTIONS.contains(name))
            .toList();
    if (!extra.isEmpty()) {
      throw new UsageException(
          "--resume continues with the settings the run was started with (its"
              + " arguments.json); drop "
              + String.join(", ", extra));
    }
    RunDirectory dir = new RunDirectory(resume);
    if (!Files.isDirectory(resume)) {
      throw new UsageException("--resume " + resume + ": no such run directory");
    }
    if (Files.exists(resume.resolve("labels.jsonl"))) {
      throw new UsageException(
          resume + " is a learn session; continue it with ./tfal learn --resume " + resume);
    }
    if (!Files.isRegularFile(dir.arguments())) {
      throw new DataFormatException(dir.arguments(), "missing: not a resumable tfal train run");
    }
    return JSON.readValue(dir.arguments().toFile(), new TypeReference<List<String>>() {});
  }

  /** Rebuilds the run's configuration from the arguments it was started with. */
  private TrainJobConfig resumedConfig(List<String> original, PrintStream log) throws IOException {
    TrainCommand replay = new TrainCommand(env);
    new CommandLine(replay, new TfalFactory(env)).parseArgs(original.toArray(String[]::new));
    if (replay.resume != null) {
      throw new DataFormatException(resume.resolve("arguments.json"), "holds --resume");
    }
    log.println("Resuming " + resume + " (" + String.join(" ", original) + ")");
    return replay.job.toConfig(env, log, "train").withRunDir(resume);
  }

  private PrintStream errStream() {
    return Streams.printStream(spec.commandLine().getErr());
  }
}
