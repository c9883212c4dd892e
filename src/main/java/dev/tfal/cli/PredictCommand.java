package dev.tfal.cli;

import dev.tfal.io.Utf8Reader;
import dev.tfal.job.PredictConfig;
import dev.tfal.job.PredictInput;
import dev.tfal.job.PredictJob;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "predict",
    header = "Classify raw texts with a SavedModel; JSON Lines to stdout.",
    mixinStandardHelpOptions = true,
    description =
        "Classify raw texts with a SavedModel's 'serving_default' signature; writes one JSON "
            + "object per text to stdout: {\"id\": ..., \"probability\": 0.93, \"label\": 1}.",
    footer = {
      "",
      "Input: plain text, one text per line; CSV with a header (*.csv) or JSON Lines (*.jsonl)"
          + " with a text column and an optional id column.",
      "",
      "Example:",
      "  ./tfal predict --model serving/imdb/1 reviews.csv"
    })
final class PredictCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "DIR",
      description = "A SavedModel tfal wrote, or a run directory (its best/ model).")
  Path model;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE|-",
      description = "Input file; '-' or nothing reads plain text lines from stdin.")
  String file;

  @Option(
      names = "--text-column",
      defaultValue = "text",
      description = "Text column of CSV/JSONL input (default: ${DEFAULT-VALUE}).")
  String textColumn;

  @Option(
      names = "--id-column",
      defaultValue = "id",
      description =
          "Id column of CSV/JSONL input, copied when present (default: ${DEFAULT-VALUE}).")
  String idColumn;

  @Option(
      names = "--threshold",
      defaultValue = "0.5",
      description = "Label is 1 when the probability is above this (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Mixin CommonOptions common;

  @Override
  public Integer call() throws Exception {
    PredictConfig config =
        UserValues.check(() -> new PredictConfig(model, textColumn, idColumn, threshold));
    PredictJob job = new PredictJob(config);
    var out = spec.commandLine().getOut();
    if (file == null || file.equals("-")) {
      Path stdin = Path.of("<stdin>");
      BufferedReader lines = new BufferedReader(new Utf8Reader(System.in, stdin));
      job.run(lines, stdin, PredictInput.Format.LINES, out);
      return ExitCodes.OK;
    }
    Path input = Path.of(file);
    try (BufferedReader reader =
        new BufferedReader(new Utf8Reader(Files.newInputStream(input), input))) {
      job.run(reader, input, PredictInput.Format.of(input.getFileName().toString()), out);
    }
    return ExitCodes.OK;
  }
}
