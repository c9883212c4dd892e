package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.EncodedExamples;
import dev.tfal.graph.ModelSession;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.metrics.BinaryScores;
import dev.tfal.train.Monitor.Mode;
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

/** One real fit of a tiny model on a learnable task, shared by every test of the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainerTest {
  private static final OptimizerSpec OPTIMIZER = new OptimizerSpec("rmsprop", 0.01, 0.9, 1e-7);
  private static final RuntimeConfig RUNTIME = new RuntimeConfig(1, 1);
  private static final double NOISE = 0.15;
  private static final int BATCH = 16;
  private static final int MAX_EPOCHS = 30;
  private static final int PATIENCE = 2;
  private static final Path WHERE = Path.of("checkpoints", "best");

  private final EncodedExamples train = SyntheticTask.examples(200, NOISE, 11);
  private final EncodedExamples validation = SyntheticTask.examples(64, NOISE, 12);
  private final List<Integer> writtenEpochs = new ArrayList<>();
  private final List<ModelWeights> writtenWeights = new ArrayList<>();
  private final List<String> hooks = new ArrayList<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private TrainResult result;
  private Path csv;
  private BinaryScores lastWeightsScores;
  private BinaryScores bestWeightsScores;

  @BeforeAll
  void fit(@TempDir Path dir) {
    csv = dir.resolve("history.csv");
    TrainConfig config = new TrainConfig(MAX_EPOCHS, BATCH, 256, 5, PATIENCE, Monitor.valLoss());
    Trainer trainer =
        new Trainer(config, new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    CheckpointWriter writer =
        (weights, epoch, logs) -> {
          writtenEpochs.add(epoch);
          writtenWeights.add(weights);
          return WHERE;
        };
    try (ModelSession model = ModelSession.open(SyntheticTask.SPEC, OPTIMIZER, RUNTIME, 3)) {
      result =
          trainer.fit(
              model, train, validation, writer, Optional.of(csv), List.of(new HookRecorder()));
      lastWeightsScores = Evaluator.evaluate(model, validation, BATCH);
      model.load(result.bestWeights());
      bestWeightsScores = Evaluator.evaluate(model, validation, BATCH);
    }
  }

  @Test
  void validationLossGoesDown() {
    double first = result.epochs().get(0).get("val_loss");
    double best = result.best().get("val_loss");
    assertTrue(best < 0.8 * first, "val_loss " + first + " -> best " + best);
    assertTrue(
        result.best().get("val_binary_accuracy") >= 0.75,
        "best accuracy " + result.best().get("val_binary_accuracy"));
    for (EpochLogs epoch : result.epochs()) {
      assertTrue(result.best().get("val_loss") <= epoch.get("val_loss"), epoch.toString());
    }
  }

  @Test
  void earlyStoppingEndedTheFitPatienceEpochsAfterTheBest() {
    assertTrue(result.stopReason().isPresent(), "the fit ran all " + MAX_EPOCHS + " epochs");
    assertEquals(
        "early stopping, best epoch " + (result.bestEpoch() + 1), result.stopReason().get());
    assertEquals(result.bestEpoch() + PATIENCE + 1, result.epochsRun());
    assertTrue(
        log()
            .contains(
                "Epoch "
                    + result.epochsRun()
                    + ": early stopping, best epoch "
                    + (result.bestEpoch() + 1)),
        log());
  }

  @Test
  void checkpointIsWrittenOnEachImprovementAndLastForTheBestEpoch() {
    List<Integer> improving = new ArrayList<>();
    double best = Double.POSITIVE_INFINITY;
    for (int epoch = 0; epoch < result.epochsRun(); epoch++) {
      double valLoss = result.epochs().get(epoch).get("val_loss");
      if (valLoss < best) {
        best = valLoss;
        improving.add(epoch);
      }
    }
    assertEquals(improving, writtenEpochs);
    assertEquals(result.bestEpoch(), writtenEpochs.get(writtenEpochs.size() - 1));
    ModelWeights last = writtenWeights.get(writtenWeights.size() - 1);
    for (int i = 0; i < last.arrays().size(); i++) {
      assertArrayEquals(last.arrays().get(i), result.bestWeights().arrays().get(i), "weight " + i);
    }
  }

  @Test
  void bestWeightsReproduceTheBestEpochsValidationMetrics() {
    EpochLogs best = result.best();
    assertEquals(best.get("val_loss"), bestWeightsScores.loss(), 1e-6);
    assertEquals(best.get("val_binary_accuracy"), bestWeightsScores.accuracy());
    assertEquals(best.get("val_false_negatives"), bestWeightsScores.falseNegatives());
    assertEquals(best.get("val_false_positives"), bestWeightsScores.falsePositives());
    assertEquals(64, bestWeightsScores.examples());
  }

  @Test
  void modelIsLeftWithTheLastEpochsWeights() {
    EpochLogs last = result.epochs().get(result.epochsRun() - 1);
    assertEquals(last.get("val_loss"), lastWeightsScores.loss(), 1e-6);
    assertEquals(last.get("val_false_negatives"), lastWeightsScores.falseNegatives());
    assertEquals(last.get("val_false_positives"), lastWeightsScores.falsePositives());
  }

  @Test
  void historyCsvHasOneRowPerEpoch() throws IOException {
    List<String> lines = Files.readAllLines(csv);
    assertEquals(
        "epoch,loss,binary_accuracy,false_negatives,false_positives,val_loss,"
            + "val_binary_accuracy,val_false_negatives,val_false_positives",
        lines.get(0));
    assertEquals(result.epochsRun() + 1, lines.size());
    for (int epoch = 1; epoch <= result.epochsRun(); epoch++) {
      String[] cells = lines.get(epoch).split(",");
      assertEquals(Integer.toString(epoch), cells[0]);
      assertEquals(result.epochs().get(epoch - 1).get("val_loss"), Double.parseDouble(cells[5]));
    }
  }

  @Test
  void callbacksSeeEveryHookInOrder() {
    List<String> expected = new ArrayList<>(List.of("trainBegin"));
    for (int epoch = 0; epoch < result.epochsRun(); epoch++) {
      expected.add("epochBegin " + epoch);
      for (int batch = 0; batch < 13; batch++) {
        expected.add(
            "batchEnd "
                + batch
                + " [loss, binary_accuracy, false_negatives,"
                + " false_positives]");
      }
      expected.add("epochEnd " + epoch + " 8 keys");
    }
    expected.add("trainEnd");
    assertEquals(expected, hooks);
  }

  @Test
  void trainingCountsEveryExampleOncePerEpoch() {
    for (EpochLogs epoch : result.epochs()) {
      double errors = epoch.get("false_negatives") + epoch.get("false_positives");
      double accuracy = epoch.get("binary_accuracy");
      assertEquals(1 - errors / 200, accuracy, 1e-12, epoch.toString());
    }
  }

  @Test
  void progressIsPrintedPerEpoch() {
    assertTrue(log().startsWith("Epoch 1/" + MAX_EPOCHS), log());
    assertTrue(log().contains("Epoch 1: val_loss improved from inf to "), log());
    assertTrue(log().contains("13/13 [==============================] "), log());
  }

  @Test
  void unknownMonitorFailsBeforeTraining() {
    TrainConfig config = new TrainConfig(2, BATCH, 256, 5, 1, new Monitor("val_auc", Mode.MAX, 0));
    Trainer trainer = new Trainer(config, new PrintStream(new ByteArrayOutputStream()), false);
    try (ModelSession model = ModelSession.open(SyntheticTask.SPEC, OPTIMIZER, RUNTIME, 3)) {
      ModelWeights before = model.weights();
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  trainer.fit(
                      model,
                      train,
                      validation,
                      (w, epoch, logs) -> WHERE,
                      Optional.empty(),
                      List.of()));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "the best checkpoint monitors 'val_auc', which is not"
                      + " a metric of this fit; metrics: [loss, binary_accuracy,"),
          e.getMessage());
      assertArrayEquals(before.arrays().get(0), model.weights().arrays().get(0));
    }
  }

  private String log() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Records each hook with what the callback saw. */
  private final class HookRecorder implements Callback {
    @Override
    public void onTrainBegin(TrainContext context) {
      hooks.add("trainBegin");
    }

    @Override
    public void onEpochBegin(int epoch, TrainContext context) {
      hooks.add("epochBegin " + epoch);
    }

    @Override
    public void onBatchEnd(int batch, EpochLogs logs, TrainContext context) {
      hooks.add("batchEnd " + batch + " " + logs.keys());
    }

    @Override
    public void onEpochEnd(int epoch, EpochLogs logs, TrainContext context) {
      hooks.add("epochEnd " + epoch + " " + logs.keys().size() + " keys");
    }

    @Override
    public void onTrainEnd(TrainContext context) {
      hooks.add("trainEnd");
    }
  }
}
