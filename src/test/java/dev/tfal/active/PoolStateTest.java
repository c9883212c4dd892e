package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which pool examples are labelled, and with which answers, without any model. */
class PoolStateTest {
  private static final int LENGTH = 3;

  /** Pool {@code q0..q4}; row i holds token ids i, i, i and the dataset label i % 2. */
  private static PoolState pool() {
    List<Example> examples =
        IntStream.range(0, 5).mapToObj(i -> new Example("q" + i, "text " + i, i % 2)).toList();
    return new PoolState(examples, PoolStateTest::encode);
  }

  /** Example {@code qi} becomes the row i, i, i with its dataset label. */
  private static EncodedExamples encode(List<Example> examples) {
    int[] ids = new int[examples.size() * LENGTH];
    float[] labels = new float[examples.size()];
    for (int row = 0; row < examples.size(); row++) {
      int number = Integer.parseInt(examples.get(row).id().substring(1));
      java.util.Arrays.fill(ids, row * LENGTH, (row + 1) * LENGTH, number);
      labels[row] = examples.get(row).label();
    }
    return new EncodedExamples(ids, labels, LENGTH);
  }

  @Test
  void freshPoolHasEveryCandidateInPoolOrder() {
    PoolState pool = pool();
    assertEquals(List.of(0, 1, 2, 3, 4), pool.candidates());
    assertEquals(5, pool.remaining());
    assertEquals(0, pool.answered().size());
    assertEquals(List.of(), pool.answeredIds());
    assertTrue(pool.contains("q3"));
    assertFalse(pool.contains("x"));
  }

  @Test
  void labelledExamplesLeaveTheCandidatesAndKeepAnswerOrder() {
    PoolState pool = pool();
    pool.label(new LabelRecord("q3", 1, 1, "simulated"));
    pool.label(new LabelRecord("q0", 1, 1, "simulated"));
    assertEquals(List.of(1, 2, 4), pool.candidates());
    assertEquals(3, pool.remaining());
    assertEquals(List.of("q3", "q0"), pool.answeredIds());
    assertEquals(2, pool.answeredPositive());
    assertEquals("q2", pool.example(2).id());
  }

  @Test
  void answeredRowsCarryTheOracleLabelNotTheDatasetLabel() {
    PoolState pool = pool();
    pool.label(new LabelRecord("q4", 1, 1, "prompt"));
    pool.label(new LabelRecord("q1", 0, 1, "prompt"));
    EncodedExamples answered = pool.answered();
    assertEquals(2, answered.size());
    assertEquals(1f, answered.label(0), "q4: oracle said positive, dataset says negative");
    assertEquals(0f, answered.label(1), "q1: oracle said negative, dataset says positive");
    int[] firstRow = answered.gather(List.of(0)).tokenIds();
    assertEquals(List.of(4, 4, 4), IntStream.of(firstRow).boxed().toList(), "row of q4");
  }

  @Test
  void secondAnswerReplacesTheLabelButNotThePosition() {
    PoolState pool = pool();
    pool.label(new LabelRecord("q2", 0, 1, "prompt"));
    pool.label(new LabelRecord("q3", 1, 1, "prompt"));
    pool.label(new LabelRecord("q2", 1, 2, "prompt"));
    assertEquals(List.of("q2", "q3"), pool.answeredIds());
    assertEquals(3, pool.remaining());
    assertEquals(1f, pool.answered().label(0));
    assertEquals(2, pool.answeredPositive());
  }

  @Test
  void labelForAnIdOutsideThePoolIsRejected() {
    PoolState pool = pool();
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> pool.label(new LabelRecord("r9", 1, 1, "simulated")));
    assertEquals("label for 'r9', which is not in the unlabelled pool", error.getMessage());
    assertEquals(5, pool.remaining());
  }

  @Test
  void fullyLabelledPoolHasNoCandidates() {
    PoolState pool = pool();
    for (int i = 0; i < 5; i++) {
      pool.label(new LabelRecord("q" + i, i % 2, 1, "simulated"));
    }
    assertEquals(List.of(), pool.candidates());
    assertEquals(0, pool.remaining());
    assertEquals(5, pool.answered().size());
  }
}
