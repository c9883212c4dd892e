package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.metrics.BinaryScores;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  private static final long MS = 1_000_000L;
  private static final String NL = System.lineSeparator();
  private static final String TRAIN_METRICS =
      " - loss: 0.4123 - binary_accuracy: 0.8125 - false_negatives: 3 - false_positives: 0";
  private static final String EPOCH_METRICS =
      TRAIN_METRICS
          + " - val_loss: 0.5000"
          + " - val_binary_accuracy: 0.7500 - val_false_negatives: 2 - val_false_positives: 6";
  private static final String FULL_BAR = "[==============================]";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final long[] now = {0};

  @Test
  void nonInteractivePrintsOneLinePerEpoch() {
    ProgressPrinter printer = new ProgressPrinter(out, false, () -> now[0]);
    FakeContext context = new FakeContext(3, 4);
    runEpoch(printer, context, 0, 50 * MS, 2000 * MS);
    runEpoch(printer, context, 1, 50 * MS, 1000 * MS);

    String text = printed();
    assertFalse(text.contains("\r"), text);
    assertEquals(
        "Epoch 1/3"
            + NL
            + "4/4 "
            + FULL_BAR
            + " 2s 500ms/step"
            + EPOCH_METRICS
            + "\n"
            + "Epoch 2/3"
            + NL
            + "4/4 "
            + FULL_BAR
            + " 1s 250ms/step"
            + EPOCH_METRICS
            + "\n",
        text);
  }

  @Test
  void interactiveRedrawsAtMostEvery100Ms() {
    ProgressPrinter printer = new ProgressPrinter(out, true, () -> now[0]);
    FakeContext context = new FakeContext(3, 10);
    runEpoch(printer, context, 0, 40 * MS, 400 * MS);

    String text = printed();
    assertTrue(text.startsWith("Epoch 1/3" + NL + "\r"), text);
    List<String> draws = Arrays.asList(text.substring(text.indexOf('\r') + 1).split("\r"));
    // Batches end at 40, 80, ..., 400 ms: only 120, 240 and 360 ms are 100 ms past a draw.
    assertEquals(
        List.of(" 3/10", " 6/10", " 9/10", "10/10"),
        draws.stream().map(d -> d.substring(0, 5)).toList());
    assertEquals(
        " 3/10 [=========>....................] ETA 0s - 40ms/step" + TRAIN_METRICS, draws.get(0));
    assertEquals("10/10 " + FULL_BAR + " 0s 40ms/step" + EPOCH_METRICS + "\n", draws.get(3));
  }

  @Test
  void interactiveLineShowsEtaFromTheMeanStepTime() {
    ProgressPrinter printer = new ProgressPrinter(out, true, () -> now[0]);
    FakeContext context = new FakeContext(3, 4);
    printer.onEpochBegin(0, context);
    now[0] = 1200 * MS;
    printer.onBatchEnd(0, trainLogs(), context);
    assertEquals(
        "Epoch 1/3"
            + NL
            + "\r1/4 [=======>......................] ETA 4s - 1200ms/step"
            + TRAIN_METRICS,
        printed());
  }

  @Test
  void interactiveWithAStoppedClockDrawsOnlyTheEpochEnd() {
    ProgressPrinter printer = new ProgressPrinter(out, true, () -> now[0]);
    FakeContext context = new FakeContext(1, 5);
    runEpoch(printer, context, 0, 0, 0);
    assertEquals(
        "Epoch 1/1" + NL + "\r5/5 " + FULL_BAR + " 0s 0ms/step" + EPOCH_METRICS + "\n", printed());
  }

  @Test
  void numbersUseADotWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      ProgressPrinter printer = new ProgressPrinter(out, false, () -> now[0]);
      runEpoch(printer, new FakeContext(3, 4), 0, 50 * MS, 2000 * MS);
    } finally {
      Locale.setDefault(saved);
    }
    assertTrue(printed().contains(EPOCH_METRICS), printed());
  }

  @Test
  void barFillsInProportion() {
    assertEquals("[>.............................]", ProgressPrinter.bar(0, 10));
    assertEquals("[===============>..............]", ProgressPrinter.bar(5, 10));
    assertEquals(FULL_BAR, ProgressPrinter.bar(10, 10));
  }

  /** One epoch of {@code context.stepsPerEpoch()} batches, {@code step} apart on the clock. */
  private void runEpoch(
      ProgressPrinter printer, FakeContext context, int epoch, long step, long epochNanos) {
    long start = now[0];
    printer.onEpochBegin(epoch, context);
    for (int batch = 0; batch < context.stepsPerEpoch(); batch++) {
      now[0] += step;
      printer.onBatchEnd(batch, trainLogs(), context);
    }
    now[0] = start + epochNanos;
    printer.onEpochEnd(epoch, epochLogs(), context);
  }

  private static EpochLogs trainLogs() {
    return EpochLogs.of(new BinaryScores(0.4123, 0.8125, 3, 0, 16).toLogs(""));
  }

  private static EpochLogs epochLogs() {
    Map<String, Double> values = new BinaryScores(0.4123, 0.8125, 3, 0, 16).toLogs("");
    values.putAll(new BinaryScores(0.5, 0.75, 2, 6, 8).toLogs("val_"));
    return EpochLogs.of(values);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
