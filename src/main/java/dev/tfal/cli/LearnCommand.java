package dev.tfal.cli;

import dev.tfal.active.QueryStrategies;
import dev.tfal.job.LearnJob;
import dev.tfal.job.LearnJobConfig;
import dev.tfal.job.LearnJobResult;
import dev.tfal.job.TrainJobConfig;
import dev.tfal.report.MetricsReport;
import dev.tfal.rundir.RunConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
    LearnJobResult outcome = new LearnJob(config, log, Optional.of(annotator.get())).run();
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
    TrainJobConfig base = job.toConfig(env, log, "learn");
    return new LearnJobConfig(base, learn.toSettings(), LearnJobConfig.Start.NEW);
  }

  /** The configuration the session in {@code resume} was started with, from its record. */
  private LearnJobConfig resumedConfig(PrintStream log) throws IOException {
    RunConfig saved = Resumption.read(spec, resume, RunConfig.Command.LEARN, "session", log);
    saved.runtime().requireDevice();
    return saved.learnJob(resume, JobOptions.progress(env), LearnJobConfig.Start.RESUME);
  }
}
