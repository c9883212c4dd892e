package dev.tfal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A tfal home directory for tests: {@code models/} holds copies of the repository's presets plus
 * the {@code micro} preset of the test resources, {@code data/} is an empty download cache that
 * must stay empty (every test passes {@code --data}). Commands run in-process with captured stdout
 * and stderr.
 */
final class TfalHome {
  /** The smallest preset: vocabulary 60, length 12, 3 epochs of batch 8. */
  static final String MICRO = "micro";

  private final Path root;

  private TfalHome(Path root) {
    this.root = root;
  }

  /** A fresh home under {@code dir}. */
  static TfalHome create(Path dir) throws IOException {
    Path root = dir.resolve("home");
    Path models = Files.createDirectories(root.resolve("models"));
    try (Stream<Path> presets = Files.list(Path.of("models"))) {
      for (Path preset : presets.filter(p -> p.toString().endsWith(".json")).toList()) {
        Files.copy(preset, models.resolve(preset.getFileName().toString()));
      }
    }
    Files.copy(resource(MICRO + ".json"), models.resolve(MICRO + ".json"));
    Files.createDirectories(root.resolve("data"));
    return new TfalHome(root);
  }

  /** A file under src/test/resources/cli. */
  static Path resource(String name) {
    try {
      return Path.of(TfalHome.class.getResource("/cli/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  Path root() {
    return root;
  }

  /** The download cache; nothing may ever land there in a test. */
  Path dataCache() {
    return root.resolve("data");
  }

  /**
   * {@code command} on the micro preset over the 32-review sample with 8 validation, 8 test and 8
   * initial reviews, followed by {@code extra}.
   */
  static String[] microArgs(String command, String... extra) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(microOptions(resource("reviews.csv"), extra));
    return args.toArray(String[]::new);
  }

  /**
   * A single-threaded {@code tfal learn} on {@code data} with the micro model and splits: {@code
   * queries} per round, at most {@code rounds} rounds of {@code epochs} epochs, into {@code run},
   * plus {@code options}.
   */
  static List<String> microLearnArgs(
      Path data, Path run, int queries, int rounds, int epochs, List<String> options) {
    List<String> args = new ArrayList<>(List.of("learn"));
    args.addAll(
        microOptions(
            data,
            "--queries",
            Integer.toString(queries),
            "--rounds",
            Integer.toString(rounds),
            "--epochs",
            Integer.toString(epochs),
            "--threads",
            "1",
            "--out",
            run.toString()));
    args.addAll(options);
    return args;
  }

  /**
   * The options of a micro session on {@code data} (8 validation, 8 test and 8 initial reviews),
   * followed by {@code extra}; no command name.
   */
  static List<String> microOptions(Path data, String... extra) {
    List<String> options =
        new ArrayList<>(
            List.of(
                "--data",
                data.toString(),
                "--preset",
                MICRO,
                "--val-size",
                "8",
                "--test-size",
                "8",
                "--initial-size",
                "8"));
    options.addAll(List.of(extra));
    return options;
  }

  /**
   * A CSV of {@code count} short reviews (id, text, label), half positive ("great"), half negative
   * ("awful") among six random filler words, ids formatted by {@code idFormat}; with {@code
   * someNeutral} about one review in ten carries no sentiment word, so the validation loss stays
   * above zero.
   */
  static Path sentimentCsv(Path dir, int count, String idFormat, boolean someNeutral)
      throws IOException {
    String[] filler = {
      "the", "plot", "acting", "film", "story", "music", "cast", "scenes", "ending", "camera",
      "pace", "script"
    };
    SplittableRandom random = new SplittableRandom(42);
    StringBuilder csv = new StringBuilder("id,text,label\n");
    for (int i = 0; i < count; i++) {
      boolean positive = i % 2 == 0;
      List<String> words = new ArrayList<>();
      for (int w = 0; w < 6; w++) {
        words.add(filler[random.nextInt(filler.length)]);
      }
      if (!someNeutral || random.nextInt(10) > 0) {
        words.add(random.nextInt(words.size()), positive ? "great" : "awful");
      }
      csv.append(String.format(idFormat, i))
          .append(',')
          .append(String.join(" ", words))
          .append(',')
          .append(positive ? "pos" : "neg")
          .append(System.lineSeparator());
    }
    Path file = dir.resolve("reviews.csv");
    Files.writeString(file, csv.toString());
    return file;
  }

  /** Runs {@link #microArgs}. */
  Execution runMicro(String command, String... extra) {
    return run(microArgs(command, extra));
  }

  /** Runs {@code tfal args...} with no environment variables and a non-interactive stderr. */
  Execution run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var line = TfalCommand.create(new Environment(root, Map.of(), false));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Execution(code, out.toString(), err.toString());
  }

  /** Whether {@code dir} is absent or an empty directory. */
  static boolean isAbsentOrEmpty(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
