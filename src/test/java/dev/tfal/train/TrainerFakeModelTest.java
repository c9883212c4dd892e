package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tfal.data.EncodedExamples;
import dev.tfal.graph.FakeModel;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The trainer's control flow on a fake model (no TensorFlow): the monitor picks the best epoch in
 * its direction, the result holds that epoch's weights, and the model is left with the last
 * epoch's.
 */
class TrainerFakeModelTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
  private static final EncodedExamples TRAIN = SyntheticTask.examples(64, 0.3, 1);
  private static final EncodedExamples VALIDATION = SyntheticTask.examples(32, 0.0, 2);

  @Test
  void monitorPicksTheBestEpochInItsDirection() {
    for (String key : List.of("val_loss", "val_binary_accuracy", "val_false_positives")) {
      Monitor monitor = Monitor.of(key);
      FakeModel model = FakeModel.learning(SyntheticTask.SPEC, 3);
      List<Integer> written = new ArrayList<>();
      TrainResult result =
          new Trainer(new TrainConfig(8, 8, 100, 5, 8, monitor), QUIET, false)
              .fit(
                  model,
                  TRAIN,
                  VALIDATION,
                  (weights, epoch, logs) -> {
                    written.add(epoch);
                    return null;
                  },
                  Optional.empty(),
                  List.of());

      List<Double> values = result.epochs().stream().map(logs -> logs.get(key)).toList();
      assertEquals(8, values.size(), key + ": patience 8 never stops early");
      assertEquals(8 * 8, model.trainSteps(), key + ": 8 epochs of 8 batches");
      assertEquals(monitor.best(values), result.bestEpoch(), key + ": " + values);
      assertEquals(written.get(written.size() - 1), result.bestEpoch(), key);
      model.load(result.bestWeights());
      assertEquals(
          values.get(result.bestEpoch()),
          Evaluator.evaluate(model, VALIDATION, 8).toLogs("val_").get(key),
          key + ": the result holds the best epoch's weights");
    }
  }
}
