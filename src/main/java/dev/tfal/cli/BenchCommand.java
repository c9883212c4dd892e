package dev.tfal.cli;

import dev.tfal.bench.BenchReport;
import dev.tfal.bench.BenchResult;
import dev.tfal.bench.CommandRunner;
import dev.tfal.bench.EndToEndBench;
import dev.tfal.bench.PredictBench;
import dev.tfal.bench.ResultFile;
import dev.tfal.bench.ScoreBench;
import dev.tfal.bench.ScoreConfig;
import dev.tfal.bench.TrainStepBench;
import dev.tfal.bench.TrainStepConfig;
import dev.tfal.graph.LstmKernel;
import dev.tfal.job.Preset;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    header = "Measure speed: training step, scoring, prediction, an epoch, the whole experiment.",
    mixinStandardHelpOptions = true,
    description = {
      "Run one benchmark scenario and print its figures (--json: one JSON object on stdout).",
      "",
      "Scenarios:",
      "  train-step  optimizer steps on synthetic [256,150] batches for each --kernels layout",
      "              (interleaved): graph build, first step, median/min ms per step, peak RSS,",
      "              FLOP utilization against a 2048^3 MatMul measured in the same process.",
      "  score       pool scoring from raw text as the controller does it (Java vectorizer +",
      "              inference graph, dropout off): reviews/s over --reviews synthetic reviews.",
      "  predict     an exported SavedModel called with raw text through serving_default:",
      "              reviews/s, p50/p99 latency per --batch-size batch.",
      "  epoch       'tfal train --epochs 1' on the real data (40,000 reviews + validation).",
      "  reproduce   the whole reference experiment: 'tfal train', then 'tfal learn --strategy",
      "              ratio --ratio-source test'; wall time and accuracies.",
      "  report      combines result files of repeated runs: per-scenario medians, the speed",
      "              targets and whether they hold (--out FILE, --chart PNG).",
      "  epoch and reproduce need the IMDB data (--data, TFAL_DATA, the data/ cache or a",
      "  download, as 'tfal train'). Each scenario prints its figures; JSON keys are stable",
      "  (see bench/README.md)."
    },
    footer = {
      "",
      "Examples:",
      "  ./tfal bench train-step",
      "  ./tfal bench train-step --kernels projected --steps 50 --json --out result.json",
      "  ./tfal bench score --reviews 25000",
      "  ./tfal bench reproduce --data ../shared/data/aclImdb_labeled.tar.gz",
      "  ./tfal bench report runs/*.json --out results.json --chart results.png",
      "",
      "bench/run-all.sh runs every scenario and writes bench/results/<date>-<device>.json."
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SCENARIO",
      description = "train-step, score, predict, epoch, reproduce, or report.")
  String scenario;

  @Parameters(
      index = "1..*",
      paramLabel = "RESULT",
      description = "For report: result JSON files of earlier runs (--out) to combine.")
  List<Path> results = new ArrayList<>();

  @Option(
      names = "--chart",
      paramLabel = "PNG",
      description = "For report: also draw the training-step times to PNG.")
  Path chart;

  @Option(
      names = "--reviews",
      paramLabel = "N",
      defaultValue = "25000",
      description = "Synthetic reviews for score and predict (default: ${DEFAULT-VALUE}).")
  int reviews;

  @Option(
      names = "--passes",
      paramLabel = "N",
      defaultValue = "3",
      description = "Timed passes for score and predict; the median is reported (default: 3).")
  int passes;

  @Option(
      names = "--data",
      paramLabel = "PATH",
      description = "IMDB data for epoch and reproduce (aclImdb directory or .tar.gz).")
  Path data;

  @Option(names = "--json", description = "Print the result as one JSON object.")
  boolean json;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the JSON to FILE.")
  Path out;

  @Option(
      names = "--steps",
      paramLabel = "N",
      defaultValue = "30",
      description = "Timed steps (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "3",
      description = "Untimed steps after the first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--kernels",
      paramLabel = "K[,K...]",
      split = ",",
      defaultValue = "projected,projected-batched,unrolled",
      converter = ModelOptions.LstmKernelConverter.class,
      description =
          "LSTM layouts to time, the first reported, the last the baseline of the speed-up "
              + "(default: ${DEFAULT-VALUE}). See --lstm-kernel.")
  List<LstmKernel> kernels;

  @Mixin ModelOptions model;
  @Mixin CommonOptions common;

  private final Environment env;

  BenchCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    if (scenario.equals("report")) {
      return report();
    }
    if (!results.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "result files are only read by 'tfal bench report'");
    }
    Preset preset = UserValues.check(() -> model.resolve(env, 1337));
    PrintStream log = Streams.printStream(spec.commandLine().getErr());
    BenchResult result =
        switch (scenario) {
          case "train-step" ->
              new TrainStepBench(UserValues.check(() -> trainStepConfig(preset)), log).run();
          case "score" -> new ScoreBench(UserValues.check(() -> scoreConfig(preset)), log).run();
          case "predict" ->
              new PredictBench(UserValues.check(() -> scoreConfig(preset)), log).run();
          case "epoch" -> endToEnd(log).epoch();
          case "reproduce" -> endToEnd(log).reproduce();
          default ->
              throw new ParameterException(
                  spec.commandLine(),
                  "unknown scenario '"
                      + scenario
                      + "' (expected train-step, score, predict, epoch or reproduce)");
        };
    if (out != null) {
      ResultFile.write(out, result);
    }
    var stdout = spec.commandLine().getOut();
    stdout.print(json ? ResultFile.json(result) + "\n" : ResultFile.text(result));
    stdout.flush();
    return ExitCodes.OK;
  }

  private int report() throws IOException {
    if (results.isEmpty() || out == null) {
      throw new ParameterException(spec.commandLine(), "report needs result files and --out FILE");
    }
    BenchReport report = BenchReport.read(results);
    report.write(out, Optional.ofNullable(chart));
    var stdout = spec.commandLine().getOut();
    stdout.println(ResultFile.json(report.combined()));
    stdout.flush();
    return ExitCodes.OK;
  }

  private TrainStepConfig trainStepConfig(Preset preset) {
    return new TrainStepConfig(
        preset.model(),
        preset.optimizer(),
        model.runtime(),
        preset.training().batchSize(),
        warmup,
        steps,
        kernels);
  }

  private ScoreConfig scoreConfig(Preset preset) {
    return new ScoreConfig(
        preset.vectorizer(),
        preset.model(),
        model.runtime(),
        reviews,
        preset.training().batchSize(),
        passes);
  }

  private EndToEndBench endToEnd(PrintStream log) {
    List<String> extra = new ArrayList<>();
    if (data != null) {
      extra.addAll(List.of("--data", data.toString()));
    }
    extra.addAll(List.of("--lstm-kernel", model.lstmKernel.label()));
    return new EndToEndBench(this::runCommand, extra, log);
  }

  /** Runs a tfal command in this process: its stdout captured, its stderr passed through. */
  private CommandRunner.CommandRun runCommand(List<String> arguments) {
    StringWriter captured = new StringWriter();
    CommandLine line = TfalCommand.create(env);
    line.setOut(new PrintWriter(captured, true));
    line.setErr(spec.commandLine().getErr());
    int code = line.execute(arguments.toArray(String[]::new));
    return new CommandRunner.CommandRun(code, captured.toString());
  }
}
