package dev.tfal.cli;

import dev.tfal.compare.CompareReport;
import dev.tfal.error.UsageException;
import dev.tfal.job.CompareConfig;
import dev.tfal.job.CompareJob;
import dev.tfal.job.LearnJobConfig;
import dev.tfal.job.TrainJobConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "compare",
    header = "Compare query strategies over several seeds against the full-data model.",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Compare query strategies under identical conditions: the full-data model is trained "
          + "once as the ceiling (or --ceiling-runs times, averaged; or on every seed's split "
          + "with --ceiling-per-seed), then one active-learning session runs per strategy and "
          + "seed (each seed fixes the split, the initial weights and the shuffles for every "
          + "strategy). Prints area under the learning curve, final accuracy and labels "
          + "needed to reach the full-data model's test accuracy (mean ± std over seeds), "
          + "the last round's accuracy minus that ceiling, and the final false "
          + "negatives/positives with |FN - FP| / (FN + FP); "
          + "writes summary.csv, curves.csv and learning-curves.png.",
      "",
      "Finished sessions in the output directory are reused: rerun the same command to "
          + "continue an interrupted comparison. A finished session or full-data model of "
          + "other settings is refused, never mixed in."
    },
    footer = {
      "",
      "Example:",
      "  ./tfal compare --data ../shared/data/aclImdb_labeled.tar.gz "
          + "--strategies ratio,random,least-confidence,margin,entropy,bald --seeds 3"
    })
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin JobOptions job;
  @Mixin LearnOptions learn;

  @Option(
      names = "--strategies",
      paramLabel = "LIST",
      split = ",",
      defaultValue = "ratio,random,least-confidence,margin,entropy,bald",
      description = "Strategies to compare (default: ${DEFAULT-VALUE}).")
  List<String> strategies;

  @Option(
      names = "--seeds",
      paramLabel = "N",
      defaultValue = "3",
      description = "Seeds per strategy: --seed, --seed+1, ... (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(
      names = "--ceiling-runs",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Full-data models to train as the ceiling (default: ${DEFAULT-VALUE}, as the "
              + "reference), on the split of --seed (or of each seed, with --ceiling-per-seed) "
              + "with training seeds S, S+1, ...; the ceiling is their mean test accuracy, "
              + "reported with its spread. On IMDB one model's accuracy varies by about 0.003 "
              + "with the training seed alone.")
  int ceilingRuns;

  @Option(
      names = "--ceiling-per-seed",
      description =
          "Measure each seed's sessions against the full-data model of their own split "
              + "(--ceiling-runs models per seed) instead of the first seed's, so that both are "
              + "tested on the same reviews; test splits differ by more than training noise.")
  boolean ceilingPerSeed;

  @Mixin CommonOptions common;

  private final Environment env;

  CompareCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    refuseUnattendedMisfits();
    PrintStream log = Streams.printStream(spec.commandLine().getErr());
    CompareConfig config = config(log);
    CompareReport report = new CompareJob(config, log).run();
    var stdout = spec.commandLine().getOut();
    stdout.print(report.table());
    stdout.println("comparison directory: " + config.outDir());
    stdout.flush();
    return ExitCodes.OK;
  }

  /** Options that make no sense for many sessions run unattended are usage errors. */
  private void refuseUnattendedMisfits() {
    if (seeds <= 0) {
      throw new UsageException("--seeds must be > 0, got " + seeds);
    }
    if (job.trainingSeed != null) {
      throw new UsageException(
          "compare gives every session its own --seed (split and training alike); "
              + "--training-seed is for train and learn");
    }
    if (!"simulated".equals(learn.oracle)) {
      throw new UsageException(
          "compare runs many sessions unattended and needs "
              + "--oracle simulated, got '"
              + learn.oracle
              + "'");
    }
  }

  private CompareConfig config(PrintStream log) throws IOException {
    TrainJobConfig base = job.toConfig(env, log, "compare");
    env.interruptHint()
        .accept(
            "finished sessions are kept; rerun the same command with --out "
                + base.runDir()
                + " to continue");
    List<Long> seedList = new ArrayList<>();
    for (int i = 0; i < seeds; i++) {
      seedList.add(job.seed + i);
    }
    LearnJobConfig template =
        new LearnJobConfig(base, learn.toSettings(), LearnJobConfig.Start.NEW);
    return UserValues.check(
        () ->
            new CompareConfig(
                template, strategies, seedList, ceilingRuns, ceilingPerSeed, base.runDir()));
  }
}
