package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The oracle registry and the settings checks that depend on the oracle. */
class OraclesTest {
  private static final Path RUN = Path.of("runs", "x");
  private static final PrintStream LOG = new PrintStream(PrintStream.nullOutputStream());

  @Test
  void listsEveryOracleWithADescription() {
    assertEquals(List.of("simulated", "files", "prompt"), Oracles.names());
    assertEquals(Oracles.names(), List.copyOf(Oracles.descriptions().keySet()));
  }

  @Test
  void createsEachOracleByName() {
    Optional<BufferedReader> terminal = Optional.of(new BufferedReader(new StringReader("")));

    assertInstanceOf(SimulatedOracle.class, Oracles.create("simulated", RUN, terminal, LOG));
    assertInstanceOf(FilesOracle.class, Oracles.create("files", RUN, terminal, LOG));
    assertInstanceOf(PromptOracle.class, Oracles.create("prompt", RUN, terminal, LOG));
  }

  @Test
  void thePromptOracleNeedsATerminal() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> Oracles.create("prompt", RUN, Optional.empty(), LOG));
    assertEquals(
        "the prompt oracle needs a terminal to read answers from; use it with tfal learn",
        error.getMessage());
  }

  @Test
  void settingsRejectAnUnknownOracle() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> settings("entropy", "crowd"));
    assertEquals("unknown oracle 'crowd'; oracles: simulated, files, prompt", error.getMessage());
  }

  @Test
  void ratioSamplingNeedsTheSimulatedOracle() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> settings("ratio", "files"));
    assertEquals(
        "strategy 'ratio' takes pool items by their true class, which only the "
            + "simulated oracle knows, not the files oracle; use --strategy ratio-uncertainty (or "
            + "another strategy)",
        error.getMessage());
    settings("ratio", "simulated");
    settings("ratio-uncertainty", "prompt");
  }

  private static LearningConfig settings(String strategy, String oracle) {
    return new LearningConfig(
        strategy,
        10,
        4,
        1,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RatioSource.VALIDATION,
        0,
        RoundStart.WARM,
        Optional.empty(),
        oracle);
  }
}
