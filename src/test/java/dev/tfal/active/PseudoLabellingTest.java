package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.data.EncodedExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PseudoLabellingTest {
  private static final float[] PROBABILITIES = {0.97f, 0.5f, 0.02f, 0.9f, 0.1f, 0.95f, 0.05f, 0.6f};

  @Test
  void confidentPredictionsAreThoseAtLeastThatSureOfEitherClass() {
    assertArrayEquals(
        new int[] {0, 2, 5, 6}, new PseudoLabelling(0.95).confident(PROBABILITIES, 0.5));
    assertArrayEquals(
        new int[] {0, 2, 3, 4, 5, 6}, new PseudoLabelling(0.9).confident(PROBABILITIES, 0.5));
    assertArrayEquals(new int[] {}, new PseudoLabelling(0.99).confident(PROBABILITIES, 0.5));
  }

  /**
   * At 0.9 the positives are 0 (0.97), 5 (0.95), 3 (0.9) and the negatives 2 (0.02), 6 (0.05), 4
   * (0.1), most confident first. A quarter positive: 3 negatives allow 1 positive. Three quarters:
   * 3 positives allow 1 negative.
   */
  @Test
  void confidentPredictionsKeepTheLabelsClassRatioMostConfidentFirst() {
    PseudoLabelling rule = new PseudoLabelling(0.9);
    assertArrayEquals(new int[] {0, 2, 4, 6}, rule.confident(PROBABILITIES, 0.25));
    assertArrayEquals(new int[] {0, 2, 3, 5}, rule.confident(PROBABILITIES, 0.75));
    assertArrayEquals(new int[] {2, 4, 6}, rule.confident(PROBABILITIES, 0));
    assertArrayEquals(new int[] {0, 3, 5}, rule.confident(PROBABILITIES, 1));
  }

  /** Three sure positives and one sure negative: a balanced label set keeps one of each. */
  @Test
  void theRarerConfidentClassBoundsTheOther() {
    float[] skewed = {0.97f, 0.99f, 0.01f, 0.98f};
    assertArrayEquals(new int[] {1, 2}, new PseudoLabelling(0.95).confident(skewed, 0.5));
    assertArrayEquals(
        new int[] {}, new PseudoLabelling(0.95).confident(new float[] {0.99f, 0.98f}, 0.5));
  }

  @Test
  void thePositiveShareMustBeAShare() {
    for (double bad : new double[] {-0.1, 1.1, Double.NaN}) {
      IllegalArgumentException error =
          assertThrows(
              IllegalArgumentException.class,
              () -> new PseudoLabelling(0.9).confident(PROBABILITIES, bad));
      assertEquals("positive share must be in [0, 1], got " + bad, error.getMessage());
    }
  }

  @Test
  void pseudoLabelsAreThePredictedClasses() {
    assertArrayEquals(
        new float[] {1, 0, 1, 0},
        PseudoLabelling.predictedLabels(PROBABILITIES, new int[] {0, 2, 5, 6}));
  }

  @Test
  void confidenceMustLieStrictlyBetweenAHalfAndOne() {
    for (double bad : new double[] {0.5, 1, 0.3, 1.5, Double.NaN}) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> new PseudoLabelling(bad));
      assertEquals("pseudo-label confidence must be in (0.5, 1), got " + bad, error.getMessage());
    }
  }

  /**
   * Pool labels alternate 0, 1, 0, 1; the rule at 0.95 with two thirds positive labels takes
   * candidates 0, 1 and 3.
   */
  @Test
  void chosenReviewsCarryThePredictedLabelsAndTheirAgreementWithTheHeldOnes() {
    PoolState pool =
        new PoolState(
            ActiveLearningControllerTest.Tasks.examples("pool", 4, 9),
            ActiveLearningControllerTest.Tasks::encode);
    float[] probabilities = {0.99f, 0.97f, 0.5f, 0.02f};

    PseudoLabels known =
        PseudoLabels.choose(
            new PseudoLabelling(0.95), pool, List.of(0, 1, 2, 3), probabilities, 2.0 / 3, true);
    assertEquals(3, known.size());
    assertEquals(
        List.of(1f, 1f, 0f),
        List.of(known.examples().label(0), known.examples().label(1), known.examples().label(2)));
    assertEquals(Optional.of(1.0 / 3), known.accuracy(), "only candidate 1 is right");
    assertEquals(
        pool.encode(List.of(3)).gather(List.of(0)).tokenIds()[0],
        known.examples().gather(List.of(2)).tokenIds()[0],
        "the third pseudo-label is pool review 3");

    PseudoLabels unknown =
        PseudoLabels.choose(
            new PseudoLabelling(0.95), pool, List.of(1, 3), new float[] {0.99f, 0.6f}, 1, false);
    assertEquals(1, unknown.size(), "candidates map to pool reviews 1 and 3; only 1 is sure");
    assertEquals(Optional.empty(), unknown.accuracy());
  }

  @Test
  void mixingKeepsEveryRowAndDependsOnlyOnTheSeed() {
    EncodedExamples labelled = rows(0, 6, 1f);
    PseudoLabels pseudo = new PseudoLabels(rows(100, 4, 0f), Optional.of(0.75));

    EncodedExamples mixed = pseudo.mixedInto(labelled, 42);

    assertEquals(10, mixed.size());
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < mixed.size(); i++) {
      int token = mixed.gather(List.of(i)).tokenIds()[0];
      seen.add(token + ":" + mixed.label(i));
    }
    assertEquals(
        List.of(
            "0:1.0", "1:1.0", "2:1.0", "3:1.0", "4:1.0", "5:1.0", "100:0.0", "101:0.0", "102:0.0",
            "103:0.0"),
        seen.stream().sorted((a, b) -> tokenOf(a) - tokenOf(b)).toList(),
        "each row once, with its own label");
    assertEquals(order(mixed), order(pseudo.mixedInto(labelled, 42)));
    assertNotEquals(order(mixed), order(pseudo.mixedInto(labelled, 43)));
  }

  @Test
  void withoutPseudoLabelsTheLabelledSetIsUsedAsItIs() {
    EncodedExamples labelled = rows(0, 6, 1f);
    assertSame(labelled, PseudoLabels.none(2).mixedInto(labelled, 42));
  }

  /** {@code count} rows of length 2 whose first token is {@code first + row}. */
  private static EncodedExamples rows(int first, int count, float label) {
    int[] ids = new int[count * 2];
    float[] labels = new float[count];
    for (int row = 0; row < count; row++) {
      ids[row * 2] = first + row;
      ids[row * 2 + 1] = 1;
      labels[row] = label;
    }
    return new EncodedExamples(ids, labels, 2);
  }

  private static List<Integer> order(EncodedExamples examples) {
    List<Integer> tokens = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      tokens.add(examples.gather(List.of(i)).tokenIds()[0]);
    }
    return tokens;
  }

  private static int tokenOf(String entry) {
    return Integer.parseInt(entry.substring(0, entry.indexOf(':')));
  }
}
