package dev.tfal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tfal.data.EncodedExamples;
import dev.tfal.graph.LogitModel;
import dev.tfal.metrics.BinaryMetrics;
import dev.tfal.metrics.BinaryScores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final int LENGTH = 2;

  /** Logit of a row = its first token id minus 3; records the batch sizes it is asked for. */
  private static final class FirstTokenModel implements LogitModel {
    final List<Integer> batchSizes = new ArrayList<>();

    @Override
    public int sequenceLength() {
      return LENGTH;
    }

    @Override
    public float[] logits(int[] tokenIds, int rows) {
      batchSizes.add(rows);
      float[] logits = new float[rows];
      for (int row = 0; row < rows; row++) {
        logits[row] = tokenIds[row * LENGTH] - 3;
      }
      return logits;
    }
  }

  // Rows 0..6 have first ids 0..6, so logits -3..3; labels 1,0,0,1,1,0,1.
  private final EncodedExamples examples =
      new EncodedExamples(
          new int[] {0, 9, 1, 9, 2, 9, 3, 9, 4, 9, 5, 9, 6, 9},
          new float[] {1, 0, 0, 1, 1, 0, 1},
          LENGTH);

  @Test
  void logitsComeBackInRowOrderAcrossBatches() {
    FirstTokenModel model = new FirstTokenModel();
    assertArrayEquals(new float[] {-3, -2, -1, 0, 1, 2, 3}, Evaluator.logits(model, examples, 3));
    assertEquals(List.of(3, 3, 1), model.batchSizes);
  }

  @Test
  void evaluationOverBatchesEqualsOneBigBatch() {
    FirstTokenModel model = new FirstTokenModel();
    BinaryScores scores = Evaluator.evaluate(model, examples, 3);
    BinaryMetrics whole = new BinaryMetrics();
    whole.update(new float[] {-3, -2, -1, 0, 1, 2, 3}, new float[] {1, 0, 0, 1, 1, 0, 1});
    assertEquals(whole.result().loss(), scores.loss(), 1e-12);
    // -3/1 FN, -2/0 ok, -1/0 ok, 0/1 FN, 1/1 ok, 2/0 FP, 3/1 ok
    assertEquals(2, scores.falseNegatives());
    assertEquals(1, scores.falsePositives());
    assertEquals(4.0 / 7, scores.accuracy(), 1e-12);
    assertEquals(7, scores.examples());
    assertEquals(List.of(3, 3, 1), model.batchSizes);
  }
}
