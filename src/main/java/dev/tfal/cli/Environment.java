package dev.tfal.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the command line takes from outside the arguments: the tfal home directory (presets in
 * {@code models/}, the dataset cache in {@code data/}), environment variables and whether stderr
 * is an interactive console.
 *
 * @param home tfal's directory
 * @param variables environment variables
 * @param interactive whether progress may be redrawn in place
 */
record Environment(Path home, Map<String, String> variables, boolean interactive) {
  Environment {
    variables = Map.copyOf(variables);
  }

  /** The real environment: {@code -Dtfal.home} (set by the launcher) or the working directory. */
  static Environment system() {
    Path home = Path.of(System.getProperty("tfal.home", ".")).toAbsolutePath().normalize();
    return new Environment(home, System.getenv(), System.console() != null);
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
