package dev.tfal.run;

import dev.tfal.active.Oracle;
import dev.tfal.active.SimulatedOracle;
import java.util.List;

/** The oracles tfal offers, by name. */
public final class Oracles {
  private Oracles() {}

  public static List<String> names() {
    return List.of(SimulatedOracle.NAME);
  }

  static Oracle create(String name) {
    if (SimulatedOracle.NAME.equals(name)) {
      return new SimulatedOracle();
    }
    throw new IllegalArgumentException("unknown oracle '" + name + "'; oracles: " + names());
  }
}
