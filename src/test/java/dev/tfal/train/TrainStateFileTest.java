package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import dev.tfal.error.ModelMismatchException;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state file round-trips exactly, and a damaged or foreign file is never taken for one. */
class TrainStateFileTest {
  private static final ModelSpec SPEC = SyntheticTask.SPEC;

  @TempDir Path dir;

  @Test
  void roundTripsEveryFieldExactly() throws IOException {
    TrainState state = state(Optional.of("early stopping, best epoch 1"), 0);
    Path file = dir.resolve(TrainStateFile.FILE_NAME);
    TrainStateFile.write(file, state);

    TrainState read = TrainStateFile.read(file, SPEC).orElseThrow();

    assertEquals(state.seed(), read.seed());
    assertEquals(2, read.epochsDone());
    assertEquals(state.seconds(), read.seconds());
    assertEquals(state.stopReason(), read.stopReason());
    assertEquals(
        state.history().stream().map(EpochLogs::asMap).toList(),
        read.history().stream().map(EpochLogs::asMap).toList());
    assertEquals(
        List.copyOf(state.history().get(1).keys()), List.copyOf(read.history().get(1).keys()));
    assertEquals(state.earlyStopping(), read.earlyStopping());
    assertEquals(state.best().value(), read.best().value());
    assertEquals(state.best().epoch(), read.best().epoch());
    assertSame(state.weights(), read.weights());
    assertSame(state.optimizerState(), read.optimizerState());
    assertSame(state.best().weights().orElseThrow(), read.best().weights().orElseThrow());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "a temporary file was left behind");
    }
  }

  @Test
  void aStateWithoutBestEpochOrStopReasonRoundTrips() throws IOException {
    TrainState state =
        new TrainState(
            7,
            1,
            List.of(logs(Double.NaN)),
            weights(1),
            weights(2),
            new EarlyStopping.State(Double.POSITIVE_INFINITY, -1, 1),
            new BestCheckpoint.State(Double.POSITIVE_INFINITY, -1, Optional.empty()),
            Optional.empty(),
            0.5);
    Path file = dir.resolve(TrainStateFile.FILE_NAME);
    TrainStateFile.write(file, state);
    TrainState read = TrainStateFile.read(file, SPEC).orElseThrow();
    assertTrue(read.best().weights().isEmpty());
    assertEquals(Double.POSITIVE_INFINITY, read.best().value());
    assertTrue(Double.isNaN(read.history().get(0).get("val_loss")));
    assertTrue(read.stopReason().isEmpty());
  }

  @Test
  void noFileIsNoState() throws IOException {
    assertEquals(Optional.empty(), TrainStateFile.read(dir.resolve("absent.bin"), SPEC));
  }

  @Test
  void everyTruncationIsRefused() throws IOException {
    Path file = dir.resolve(TrainStateFile.FILE_NAME);
    TrainStateFile.write(file, state(Optional.empty(), 1));
    byte[] whole = Files.readAllBytes(file);
    for (int length : new int[] {0, 5, 19, whole.length / 2, whole.length - 9, whole.length - 1}) {
      Files.write(file, Arrays.copyOf(whole, length));
      DataFormatException error =
          assertThrows(
              DataFormatException.class,
              () -> TrainStateFile.read(file, SPEC),
              "a " + length + "-byte prefix was read as a state");
      assertTrue(error.getMessage().startsWith(file + ": "), error.getMessage());
    }
  }

  @Test
  void aFlippedByteAnywhereIsRefused() throws IOException {
    Path file = dir.resolve(TrainStateFile.FILE_NAME);
    TrainStateFile.write(file, state(Optional.empty(), 1));
    byte[] whole = Files.readAllBytes(file);
    for (int at : new int[] {3, 40, whole.length / 2, whole.length - 20, whole.length - 1}) {
      byte[] damaged = whole.clone();
      damaged[at] ^= 0x10;
      Files.write(file, damaged);
      assertThrows(DataFormatException.class, () -> TrainStateFile.read(file, SPEC), "byte " + at);
    }
  }

  @Test
  void aStateOfAnotherModelIsAMismatch() throws IOException {
    Path file = dir.resolve(TrainStateFile.FILE_NAME);
    TrainStateFile.write(file, state(Optional.empty(), 1));
    ModelSpec wider = new ModelSpec(50, 12, 8, 5, 6, 0.0);
    ModelMismatchException error =
        assertThrows(ModelMismatchException.class, () -> TrainStateFile.read(file, wider));
    assertTrue(error.getMessage().contains("the training state holds"), error.getMessage());
  }

  @Test
  void aTemporaryFileOfAnInterruptedWriteIsNotTheState() throws IOException {
    Path file = dir.resolve(TrainStateFile.FILE_NAME);
    TrainStateFile.write(file, state(Optional.empty(), 1));
    byte[] first = Files.readAllBytes(file);
    // What a kill in the middle of the next write leaves: a partial hidden temporary sibling.
    Files.write(dir.resolve(".train-state.bin.123.tmp"), Arrays.copyOf(first, first.length / 3));
    assertEquals(2, TrainStateFile.read(file, SPEC).orElseThrow().epochsDone());
  }

  private static TrainState state(Optional<String> stop, int wait) {
    return new TrainState(
        1337,
        2,
        List.of(logs(0.69), logs(0.5)),
        weights(1),
        weights(2),
        new EarlyStopping.State(0.5, 1, wait),
        new BestCheckpoint.State(0.5, 1, Optional.of(weights(3))),
        stop,
        12.25);
  }

  private static EpochLogs logs(double valLoss) {
    return EpochLogs.of(Map.of("loss", 0.1 + valLoss, "val_loss", valLoss))
        .with(Map.of("binary_accuracy", 0.8125));
  }

  private static ModelWeights weights(long seed) {
    return ModelWeights.initial(SPEC, seed);
  }

  private static void assertSame(ModelWeights expected, ModelWeights actual) {
    assertEquals(expected.specs(), actual.specs());
    for (int i = 0; i < expected.specs().size(); i++) {
      assertArrayEquals(expected.arrays().get(i), actual.arrays().get(i));
    }
  }
}
