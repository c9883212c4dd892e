package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.train.Monitor.Mode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BestCheckpointTest {
  private static final ModelSpec SPEC = new ModelSpec(50, 12, 8, 4, 6, 0.0);
  private static final Path WHERE = Path.of("runs", "best");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final FakeContext context = new FakeContext(10, 4);
  private final RecordingWriter writer = new RecordingWriter();

  @Test
  void writesOnlyOnImprovementAndKeepsTheBestWeights() {
    BestCheckpoint checkpoint = new BestCheckpoint(Monitor.valLoss(), writer, log);
    feed(checkpoint, 0.5, 0.6, 0.4, 0.4, 0.45);

    assertEquals(List.of(0, 2), writer.epochs);
    assertEquals(0.4, writer.logs.get(1).get("val_loss"));
    assertEquals(2, checkpoint.bestEpoch());
    assertEquals(0.4, checkpoint.bestValue());
    assertWeightsEqual(writer.weights.get(1), checkpoint.bestWeights().orElseThrow());
    assertWeightsEqual(weightsOfEpoch(2), checkpoint.bestWeights().orElseThrow());
    assertFalse(
        equalWeights(weightsOfEpoch(0), checkpoint.bestWeights().orElseThrow()),
        "fake weights of different epochs must differ");
    assertEquals(2, context.weightReads(), "weights are read only to be saved");
  }

  @Test
  void logsEachEpochAsKeras() {
    BestCheckpoint checkpoint = new BestCheckpoint(Monitor.valLoss(), writer, log);
    feed(checkpoint, 0.5, 0.6, 0.4, 0.4);
    assertEquals(
        lines(
            "Epoch 1: val_loss improved from inf to 0.50000, saved to " + WHERE,
            "Epoch 2: val_loss did not improve from 0.50000",
            "Epoch 3: val_loss improved from 0.50000 to 0.40000, saved to " + WHERE,
            "Epoch 4: val_loss did not improve from 0.40000"),
        logged());
  }

  @Test
  void maxModeStartsFromMinusInfinity() {
    Monitor monitor = new Monitor("val_binary_accuracy", Mode.MAX, 0);
    BestCheckpoint checkpoint = new BestCheckpoint(monitor, writer, log);
    feed("val_binary_accuracy", checkpoint, 0.75, 0.5, 0.8125);
    assertEquals(List.of(0, 2), writer.epochs);
    assertEquals(
        lines(
            "Epoch 1: val_binary_accuracy improved from -inf to 0.75000, saved to " + WHERE,
            "Epoch 2: val_binary_accuracy did not improve from 0.75000",
            "Epoch 3: val_binary_accuracy improved from 0.75000 to 0.81250, saved to " + WHERE),
        logged());
  }

  @Test
  void numbersUseADotWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      feed(new BestCheckpoint(Monitor.valLoss(), writer, log), 0.5, 0.6);
    } finally {
      Locale.setDefault(saved);
    }
    assertTrue(logged().contains("from inf to 0.50000,"), logged());
    assertTrue(logged().contains("did not improve from 0.50000"), logged());
  }

  @Test
  void writeFailureNamesTheEpochAndKeepsThePreviousBest() {
    writer.failAtEpoch = 2;
    BestCheckpoint checkpoint = new BestCheckpoint(Monitor.valLoss(), writer, log);
    checkpoint.onTrainBegin(context);
    epochEnd(checkpoint, "val_loss", 0, 0.5);
    epochEnd(checkpoint, "val_loss", 1, 0.6);
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> epochEnd(checkpoint, "val_loss", 2, 0.4));
    assertEquals("writing the best checkpoint of epoch 3", e.getMessage());
    assertEquals("disk full", e.getCause().getMessage());
    assertEquals(0, checkpoint.bestEpoch());
    assertEquals(0.5, checkpoint.bestValue());
    assertWeightsEqual(weightsOfEpoch(0), checkpoint.bestWeights().orElseThrow());
  }

  @Test
  void nothingIsKeptBeforeAnImprovement() {
    BestCheckpoint checkpoint = new BestCheckpoint(Monitor.valLoss(), writer, log);
    assertEquals(-1, checkpoint.bestEpoch());
    assertTrue(checkpoint.bestWeights().isEmpty());
    feed(checkpoint, Double.NaN);
    assertEquals(-1, checkpoint.bestEpoch());
    assertTrue(checkpoint.bestWeights().isEmpty());
    assertEquals(List.of(), writer.epochs);
  }

  @Test
  void unknownMonitorFailsAtTrainBeginListingTheKeys() {
    Monitor monitor = new Monitor("val_los", Mode.MIN, 0);
    BestCheckpoint checkpoint = new BestCheckpoint(monitor, writer, log);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> checkpoint.onTrainBegin(context));
    assertTrue(
        e.getMessage()
            .startsWith(
                "the best checkpoint monitors 'val_los', which is not a metric of this fit; metrics: ["),
        e.getMessage());
    assertTrue(e.getMessage().contains("val_loss"), e.getMessage());
  }

  private void feed(BestCheckpoint checkpoint, double... valLosses) {
    feed("val_loss", checkpoint, valLosses);
  }

  private void feed(String key, BestCheckpoint checkpoint, double... values) {
    checkpoint.onTrainBegin(context);
    for (int epoch = 0; epoch < values.length; epoch++) {
      epochEnd(checkpoint, key, epoch, values[epoch]);
    }
  }

  private void epochEnd(BestCheckpoint checkpoint, String key, int epoch, double value) {
    context.setWeights(weightsOfEpoch(epoch));
    checkpoint.onEpochEnd(epoch, FakeContext.logs(key, value), context);
  }

  /** Distinguishable stand-in weights: fresh initial values drawn from a per-epoch seed. */
  private static ModelWeights weightsOfEpoch(int epoch) {
    return ModelWeights.initial(SPEC, 100 + epoch);
  }

  private static void assertWeightsEqual(ModelWeights expected, ModelWeights actual) {
    assertEquals(expected.specs(), actual.specs());
    for (int i = 0; i < expected.arrays().size(); i++) {
      assertArrayEquals(expected.arrays().get(i), actual.arrays().get(i), "weight " + i);
    }
  }

  private static boolean equalWeights(ModelWeights a, ModelWeights b) {
    for (int i = 0; i < a.arrays().size(); i++) {
      if (!Arrays.equals(a.arrays().get(i), b.arrays().get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String lines(String... lines) {
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  private String logged() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Records every write; fails with an IOException at {@code failAtEpoch}. */
  private static final class RecordingWriter implements CheckpointWriter {
    final List<Integer> epochs = new ArrayList<>();
    final List<ModelWeights> weights = new ArrayList<>();
    final List<EpochLogs> logs = new ArrayList<>();
    int failAtEpoch = -1;

    @Override
    public Path write(ModelWeights weights, int epoch, EpochLogs logs) throws IOException {
      if (epoch == failAtEpoch) {
        throw new IOException("disk full");
      }
      this.epochs.add(epoch);
      this.weights.add(weights);
      this.logs.add(logs);
      return WHERE;
    }
  }
}
