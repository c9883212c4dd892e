package dev.tfal.cli;

import dev.tfal.active.QueryStrategies;
import dev.tfal.error.DataFormatException;
import dev.tfal.error.UsageException;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.run.LearnDirectory;
import dev.tfal.run.LearnJob;
import dev.tfal.run.LearnJobConfig;
import dev.tfal.run.LearnOutcome;
import dev.tfal.run.MetricsReport;
import dev.tfal.run.RunDirectory;
import dev.tfal.run.TrainJobConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "learn",
    header = "Run an active-learning session (query, label, retrain) and keep every label.",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Run an active-learning session: train on the initial labelled split, then repeatedly "
          + "score the unlabelled pool, ask the oracle for the most useful labels, journal "
          + "every answer to labels.jsonl before it is used, and retrain, until a stopping "
          + "criterion holds. The overall best model (lowest val_loss) is evaluated on test.",
      "",
      "Per-round lines go to stderr and rounds.csv; the final metrics go to stdout."
    },
    footer = {
      "",
      "Strategies:",
      "%s",
      "",
      "Examples:",
      "  ./tfal learn --data ../shared/data/aclImdb_labeled.tar.gz --strategy ratio "
          + "--ratio-source test",
      "  TFAL_DATA=../shared/data/aclImdb_labeled.tar.gz ./tfal learn --strategy entropy",
      "  ./tfal learn --resume runs/learn-20261122-101500"
    })
final class LearnCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin JobOptions job;
  @Mixin LearnOptions learn;

  @Option(
      names = "--resume",
      paramLabel = "RUN",
      description =
          "Continue the session in RUN with the settings it was started with; every "
              + "journaled label is kept.")
  Path resume;

  @Mixin CommonOptions common;

  private final Environment env;
  private final Supplier<BufferedReader> annotator;

  LearnCommand(Environment env) {
    this(env, () -> new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())));
  }

  /** With {@code annotator} as the input the prompt oracle reads answers from (tests script it). */
  LearnCommand(Environment env, Supplier<BufferedReader> annotator) {
    this.env = env;
    this.annotator = annotator;
  }

  /** The strategies and their descriptions, for the help footer. */
  static String strategyList() {
    StringBuilder list = new StringBuilder();
    QueryStrategies.descriptions()
        .forEach((name, text) -> list.append(String.format("  %-18s %s%n", name, text)));
    return list.toString().stripTrailing();
  }

  @Override
  public Integer call() throws Exception {
    PrintStream log = Streams.printStream(spec.commandLine().getErr());
    LearnJobConfig config = resume != null ? resumedConfig(log) : newConfig(log);
    env.interruptHint()
        .accept(
            "every journaled label is kept; continue with: ./tfal learn "
                + "--resume "
                + config.base().runDir());
    LearnOutcome outcome = new LearnJob(config, log, Optional.of(annotator.get())).run();
    Map<String, Object> report = MetricsReport.read(outcome.dir().run().metrics());
    var out = spec.commandLine().getOut();
    if (job.json) {
      out.println(MetricsReport.toJson(report));
    } else {
      out.print(MetricsReport.table(report));
      out.println("run directory: " + outcome.dir().run().root());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private LearnJobConfig newConfig(PrintStream log) throws IOException {
    List<String> arguments = ownArguments(spec);
    TrainJobConfig base = job.toConfig(env, log, "learn");
    return new LearnJobConfig(base, learn.toSettings(), LearnJobConfig.Start.NEW, arguments);
  }

  /** This command's arguments, without the program's arguments before the command name. */
  static List<String> ownArguments(CommandSpec spec) {
    List<String> all = spec.commandLine().getParseResult().originalArgs();
    int name = all.indexOf(spec.name());
    return all.subList(name + 1, all.size());
  }

  /** Rebuilds the session's configuration from the arguments it was started with. */
  private LearnJobConfig resumedConfig(PrintStream log) throws IOException {
    List<String> extra =
        spec.commandLine().getParseResult().matchedOptions().stream()
            .map(option -> option.longestName())
            .filter(name -> !List.of("--resume", "--json", "--stacktrace").contains(name))
            .toList();
    if (!extra.isEmpty()) {
      throw new UsageException(
          "--resume continues with the settings the session was started with (its"
              + " arguments.json); drop "
              + String.join(", ", extra));
    }
    Path saved = resume.resolve("arguments.json");
    if (!Files.isRegularFile(saved) && !Files.exists(ChecksummedFiles.checksumFile(saved))) {
      throw new DataFormatException(saved, "missing: not a tfal learn run directory");
    }
    List<String> original = new LearnDirectory(new RunDirectory(resume)).readArguments();
    LearnJobConfig replayed = replay(env, original, log);
    log.println("Resuming " + resume + " (" + String.join(" ", original) + ")");
    return new LearnJobConfig(
        replayed.base().withRunDir(resume),
        replayed.learning(),
        LearnJobConfig.Start.RESUME,
        original);
  }

  /** The configuration of the {@code learn} command line {@code arguments}, as a new session. */
  static LearnJobConfig replay(Environment env, List<String> arguments, PrintStream log)
      throws IOException {
    LearnCommand replay = new LearnCommand(env);
    new CommandLine(replay, new TfalFactory(env)).parseArgs(arguments.toArray(String[]::new));
    TrainJobConfig base = replay.job.toConfig(env, log, "learn");
    return new LearnJobConfig(base, replay.learn.toSettings(), LearnJobConfig.Start.NEW, arguments);
  }
}
