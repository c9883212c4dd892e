package dev.tfal.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the command line takes from outside the arguments: the tfal home directory (presets in
 * {@code models/}, the dataset cache in {@code data/}), environment variables and whether stderr is
 * an interactive console.
 *
 * @param home tfal's directory
 * @param variables environment variables
 * @param interactive whether progress may be redrawn in place
 * @param interruptHint takes the line to show if the user interrupts the running command
 */
record Environment(
    Path home, Map<String, String> variables, boolean interactive, Consumer<String> interruptHint) {
  Environment {
    variables = Map.copyOf(variables);
  }

  /** An environment whose interrupt hints go nowhere (tests, nested commands). */
  Environment(Path home, Map<String, String> variables, boolean interactive) {
    this(home, variables, interactive, hint -> {});
  }

  /** The real environment: {@code -Dtfal.home} (set by the launcher) or the working directory. */
  static Environment system(Consumer<String> interruptHint) {
    Path home = Path.of(System.getProperty("tfal.home", ".")).toAbsolutePath().normalize();
    return new Environment(home, System.getenv(), System.console() != null, interruptHint);
  }

  static Environment system() {
    return system(hint -> {});
  }

  Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  Path models() {
    return home.resolve("models");
  }

  Path dataCache() {
    return home.resolve("data");
  }
}
