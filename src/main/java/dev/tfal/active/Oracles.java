package dev.tfal.active;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The oracles tfal offers, by name. */
public final class Oracles {
  public static final String SIMULATED_HELP =
      "reveals the labels the dataset holds, as the reference experiment does";
  public static final String FILES_HELP =
      "writes each round's queries to "
          + "queries-round-N.csv in the run directory and stops; fill in the label column, then "
          + "--resume";
  public static final String PROMPT_HELP =
      "asks at the terminal, one review at a time: "
          + "p(ositive), n(egative), s(kip) or q(uit, resume later)";

  private static final Map<String, String> DESCRIPTIONS = descriptionsInOrder();

  private Oracles() {}

  private static Map<String, String> descriptionsInOrder() {
    Map<String, String> descriptions = new LinkedHashMap<>();
    descriptions.put(SimulatedOracle.NAME, SIMULATED_HELP);
    descriptions.put(FilesOracle.NAME, FILES_HELP);
    descriptions.put(PromptOracle.NAME, PROMPT_HELP);
    return descriptions;
  }

  public static List<String> names() {
    return List.copyOf(DESCRIPTIONS.keySet());
  }

  /** Each oracle's one-line description, in the order of {@link #names()}. */
  public static Map<String, String> descriptions() {
    return Collections.unmodifiableMap(DESCRIPTIONS);
  }

  public static void requireKnown(String name) {
    if (!DESCRIPTIONS.containsKey(name)) {
      throw new IllegalArgumentException(
          "unknown oracle '" + name + "'; oracles: " + String.join(", ", names()));
    }
  }

  /**
   * The oracle {@code name} of the session in {@code runDir}.
   *
   * @param annotator the terminal input the prompt oracle reads answers from, if there is one
   * @param log progress and diagnostics; the prompt oracle shows its reviews there too
   */
  public static Oracle create(
      String name, Path runDir, Optional<BufferedReader> annotator, PrintStream log) {
    return switch (name) {
      case SimulatedOracle.NAME -> new SimulatedOracle();
      case FilesOracle.NAME -> new FilesOracle(runDir, log);
      case PromptOracle.NAME ->
          new PromptOracle(
              annotator.orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the prompt oracle needs a terminal to read answers "
                              + "from; use it with tfal learn")),
              log,
              runDir);
      default ->
          throw new IllegalArgumentException(
              "unknown oracle '" + name + "'; oracles: " + String.join(", ", names()));
    };
  }
}
