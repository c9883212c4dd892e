package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.EncodedExamples;
import dev.tfal.graph.ModelSession;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.graph.RuntimeConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fit cut short after k epochs and resumed from its state file in a new session must run the
 * remaining epochs exactly as the uninterrupted fit: same history (bit for bit), same best epoch
 * and weights, same early stop, same final weights and optimizer state. The model has dropout, so
 * this also pins the dropout masks to (seed, epoch). On CPU with one thread every kernel is
 * deterministic, so equality is exact, not within a tolerance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainerResumeTest {
  private static final ModelSpec SPEC = new ModelSpec(50, 12, 8, 4, 6, 0.5);
  private static final OptimizerSpec OPTIMIZER = new OptimizerSpec("rmsprop", 0.01, 0.9, 1e-7);
  private static final RuntimeConfig RUNTIME = new RuntimeConfig(1, 1);
  private static final TrainConfig CONFIG = new TrainConfig(30, 16, 256, 5, 2, Monitor.valLoss());

  private final EncodedExamples train = SyntheticTask.examples(200, 0.15, 11);
  private final EncodedExamples validation = SyntheticTask.examples(64, 0.15, 12);
  private Path dir;
  private Fit reference;

  /** What a fit left: its result, its last state file and the model's final weights. */
  private record Fit(TrainResult result, TrainState state, ModelWeights finalWeights) {}

  @BeforeAll
  void fitWithoutInterruption(@TempDir Path tmp) throws IOException {
    dir = tmp;
    reference = fit(CONFIG, "reference", Optional.empty(), 3);
  }

  @Test
  void referenceStoppedEarlyAndKeptAStatePerEpoch() {
    assertTrue(reference.result().stopReason().isPresent(), "no early stop to resume across");
    assertEquals(reference.result().epochsRun(), reference.state().epochsDone());
    assertEquals(reference.result().stopReason(), reference.state().stopReason());
    assertTrue(reference.result().epochsRun() >= 4, "too short: " + reference.result());
  }

  @Test
  void resumingAfterAnEpochGivesTheUninterruptedFit() throws IOException {
    int run = reference.result().epochsRun();
    // After the first epoch, mid-way, and after the best epoch (early stopping counting).
    for (int cut : new java.util.TreeSet<>(List.of(1, run / 2, run - 1))) {
      Fit head = fit(CONFIG.withEpochs(cut), "head-" + cut, Optional.empty(), 3);
      assertEquals(cut, head.state().epochsDone());
      assertFalse(head.state().stopReason().isPresent());
      // Another session seed: nothing of the resumed fit may come from the fresh session.
      Fit resumed = fit(CONFIG, "head-" + cut, Optional.of(head.state()), 99);
      assertSameFit(reference, resumed, "resumed after epoch " + cut);
    }
  }

  @Test
  void resumingAFinishedFitRunsNoEpochAndReturnsItsResult() throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Fit again = fit(CONFIG, "reference", Optional.of(reference.state()), 3, log);
    assertEquals(maps(reference.result()), maps(again.result()));
    assertEquals(reference.result().stopReason(), again.result().stopReason());
    assertArrays(reference.result().bestWeights(), again.result().bestWeights(), "best weights");
    String text = log.toString(StandardCharsets.UTF_8);
    assertFalse(text.contains("Epoch 1/"), text);
    assertTrue(
        text.contains("Resuming after epoch " + reference.state().epochsDone() + "/30"), text);
  }

  @Test
  void aStateOfAnotherSeedIsRefused() throws IOException {
    TrainConfig other = CONFIG.withSeed(6);
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> fit(other, "other-seed", Optional.of(reference.state()), 3));
    assertEquals("the training state was written with seed 5, not 6", error.getMessage());
  }

  private Fit fit(TrainConfig config, String name, Optional<TrainState> from, long sessionSeed)
      throws IOException {
    return fit(config, name, from, sessionSeed, new ByteArrayOutputStream());
  }

  private Fit fit(
      TrainConfig config,
      String name,
      Optional<TrainState> from,
      long sessionSeed,
      ByteArrayOutputStream log)
      throws IOException {
    Path run = Files.createDirectories(dir.resolve(name));
    Path stateFile = run.resolve(TrainStateFile.FILE_NAME);
    List<Integer> written = new ArrayList<>();
    CheckpointWriter writer =
        (weights, epoch, logs) -> {
          written.add(epoch);
          return run.resolve("best");
        };
    Trainer trainer =
        new Trainer(config, new PrintStream(log, true, StandardCharsets.UTF_8), false);
    try (ModelSession model = ModelSession.open(SPEC, OPTIMIZER, RUNTIME, sessionSeed)) {
      FitSetup setup =
          FitSetup.of(writer, Optional.of(run.resolve("history.csv")), List.of())
              .withStateFile(stateFile)
              .withResumeFrom(from);
      TrainResult result = trainer.fit(model, train, validation, setup);
      TrainState state = TrainStateFile.read(stateFile, SPEC).orElseThrow();
      assertArrays(model.weights(), state.weights(), "state weights vs model");
      assertArrays(model.optimizerState(), state.optimizerState(), "state optimizer vs model");
      return new Fit(result, state, model.weights());
    }
  }

  private static void assertSameFit(Fit expected, Fit actual, String what) {
    assertEquals(maps(expected.result()), maps(actual.result()), what);
    assertEquals(expected.result().bestEpoch(), actual.result().bestEpoch(), what);
    assertEquals(expected.result().stopReason(), actual.result().stopReason(), what);
    assertArrays(expected.result().bestWeights(), actual.result().bestWeights(), what);
    assertArrays(expected.finalWeights(), actual.finalWeights(), what);
    assertArrays(expected.state().optimizerState(), actual.state().optimizerState(), what);
    assertEquals(expected.state().earlyStopping(), actual.state().earlyStopping(), what);
  }

  private static List<java.util.Map<String, Double>> maps(TrainResult result) {
    return result.epochs().stream().map(EpochLogs::asMap).toList();
  }

  private static void assertArrays(ModelWeights expected, ModelWeights actual, String what) {
    assertEquals(expected.specs(), actual.specs(), what);
    for (int i = 0; i < expected.specs().size(); i++) {
      assertArrayEquals(
          expected.arrays().get(i),
          actual.arrays().get(i),
          what + ": " + expected.specs().get(i).name());
    }
  }
}
