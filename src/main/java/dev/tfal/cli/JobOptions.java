package dev.tfal.cli;

import dev.tfal.job.DataConfig;
import dev.tfal.job.Preset;
import dev.tfal.job.ProgressStyle;
import dev.tfal.job.TrainJobConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by the commands that train: data, splits, preset, seed and output. */
final class JobOptions {
  @Mixin DataOptions data;
  @Mixin DataOptions.Sizes sizes;
  @Mixin ModelOptions model;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1337",
      description =
          "Seed of the split, the initial weights and the shuffles (default: "
              + "${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--training-seed",
      paramLabel = "N",
      description =
          "Seed of the initial weights, dropout, shuffles and query draws alone (default: "
              + "--seed). Vary it with --seed fixed to measure how much a result owes to "
              + "training noise on one split.")
  Long trainingSeed;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      description =
          "Run directory (default: runs/<command>-<date>-<time>); must not exist or " + "be empty.")
  Path out;

  @Option(names = "--json", description = "Print the final metrics as JSON.")
  boolean json;

  /**
   * The resolved configuration; locating the data may download it. A bad value of an option is a
   * {@link dev.tfal.error.UsageException}.
   */
  TrainJobConfig toConfig(Environment env, PrintStream log, String command) throws IOException {
    return UserValues.check(() -> build(env, log, command));
  }

  private TrainJobConfig build(Environment env, PrintStream log, String command)
      throws IOException {
    Preset preset = model.resolve(env, trainingSeed != null ? trainingSeed : seed);
    Path source = data.locate(env, log);
    DataConfig dataConfig =
        new DataConfig(source, data.columns(), sizes.toSizes(), seed, preset.vectorizer())
            .withHeldOut(sizes.fit(), Optional.empty(), Optional.empty());
    Path runDir =
        out != null
            ? out
            : env.home()
                .resolve("runs")
                .resolve(
                    command
                        + "-"
                        + LocalDateTime.now()
                            .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    return new TrainJobConfig(
        dataConfig,
        preset.model(),
        preset.optimizer(),
        preset.training(),
        model.runtime(),
        runDir,
        progress(env));
  }

  /** Redrawn progress lines on an interactive console, else one line per epoch. */
  static ProgressStyle progress(Environment env) {
    return env.interactive() ? ProgressStyle.REDRAW : ProgressStyle.LINES;
  }
}
