package dev.tfal.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.error.TfalException;
import dev.tfal.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios that run real commands on the real data: {@code epoch} (one training epoch on the
 * 40,000 full-data reviews with validation) and {@code reproduce} (the whole reference experiment:
 * the full-data model, then the reference's ratio active-learning run with errors from the test
 * split), wall time and the accuracies they reach.
 */
public final class EndToEndBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CommandRunner runner;
  private final List<String> extraArguments;
  private final PrintStream progress;

  /**
   * @param extraArguments appended to every command (e.g. {@code --data FILE}, {@code --lstm-kernel
   *     unrolled})
   */
  public EndToEndBench(CommandRunner runner, List<String> extraArguments, PrintStream progress) {
    this.runner = runner;
    this.extraArguments = List.copyOf(extraArguments);
    this.progress = progress;
  }

  public BenchResult epoch() throws IOException {
    Path dir = Files.createTempDirectory("tfal-bench-epoch");
    try {
      long start = System.nanoTime();
      JsonNode train = run("train", dir.resolve("run"), "--epochs", "1");
      double seconds = (System.nanoTime() - start) / 1e9;
      return new BenchResult.Builder("epoch")
          .put("seconds", seconds)
          .put("train_seconds", train.path("train_seconds").asDouble())
          .put("train_examples", train.path("train_examples").asInt())
          .put("val_binary_accuracy", train.path("val_binary_accuracy").asDouble())
          .put("binary_accuracy", train.path("binary_accuracy").asDouble())
          .build();
    } finally {
      AtomicFiles.deleteRecursively(dir);
    }
  }

  public BenchResult reproduce() throws IOException {
    Path dir = Files.createTempDirectory("tfal-bench-reproduce");
    try {
      long start = System.nanoTime();
      JsonNode full = run("train", dir.resolve("full-data"));
      double fullSeconds = (System.nanoTime() - start) / 1e9;
      JsonNode learn =
          run("learn", dir.resolve("learn"), "--strategy", "ratio", "--ratio-source", "test");
      double seconds = (System.nanoTime() - start) / 1e9;
      return new BenchResult.Builder("reproduce")
          .put("seconds", seconds)
          .put("full_data_seconds", fullSeconds)
          .put("learn_seconds", seconds - fullSeconds)
          .put("full_data_test_accuracy", full.path("binary_accuracy").asDouble())
          .put("full_data_false_negatives", full.path("false_negatives").asInt())
          .put("full_data_false_positives", full.path("false_positives").asInt())
          .put("learn_test_accuracy", learn.path("binary_accuracy").asDouble())
          .put("learn_labels", learn.path("labels").asInt())
          .put("learn_false_negatives", learn.path("false_negatives").asInt())
          .put("learn_false_positives", learn.path("false_positives").asInt())
          .build();
    } finally {
      AtomicFiles.deleteRecursively(dir);
    }
  }

  private JsonNode run(String command, Path out, String... options) throws IOException {
    List<String> arguments = new ArrayList<>(List.of(command, "--out", out.toString(), "--json"));
    arguments.addAll(List.of(options));
    arguments.addAll(extraArguments);
    progress.println("bench: tfal " + String.join(" ", arguments));
    CommandRunner.CommandRun result = runner.run(arguments);
    if (result.exitCode() != 0) {
      throw new TfalException(
          "benchmark command 'tfal "
              + String.join(" ", arguments)
              + "' exited "
              + result.exitCode());
    }
    return JSON.readTree(result.stdout());
  }
}
