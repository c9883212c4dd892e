package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.graph.TokenBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EncodedExamplesTest {
  private static final int LENGTH = 3;

  @Test
  void shapesAreValidated() {
    IllegalArgumentException zero =
        assertThrows(
            IllegalArgumentException.class, () -> new EncodedExamples(new int[0], new float[0], 0));
    assertEquals("sequenceLength must be > 0, got 0", zero.getMessage());
    IllegalArgumentException ragged =
        assertThrows(
            IllegalArgumentException.class,
            () -> new EncodedExamples(new int[11], new float[4], 3));
    assertEquals("need 4 x 3 token ids, got 11", ragged.getMessage());
  }

  @Test
  void batchesKeepOrderAndTheLastIsShort() {
    EncodedExamples examples = rows(5);
    List<TokenBatch> batches = examples.batches(2).toList();
    assertEquals(List.of(2, 2, 1), batches.stream().map(TokenBatch::size).toList());
    assertEquals(List.of(0, 1, 2, 3, 4), rowsOf(batches));
    assertArrayEquals(new int[] {20, 21, 22, 30, 31, 32}, batches.get(1).tokenIds());
    assertArrayEquals(new float[] {0f, 1f}, batches.get(1).labels());
    assertArrayEquals(new float[] {0f}, batches.get(2).labels());
  }

  @Test
  void shuffledBatchesArePermutationsFixedBySeed() {
    EncodedExamples examples = rows(20);
    List<Integer> first = rowsOf(examples.shuffledBatches(3, 100, 7).toList());
    List<Integer> again = rowsOf(examples.shuffledBatches(3, 100, 7).toList());
    List<Integer> other = rowsOf(examples.shuffledBatches(3, 100, 8).toList());

    List<Integer> all = IntStream.range(0, 20).boxed().toList();
    assertEquals(all, first.stream().sorted().toList());
    assertEquals(all, other.stream().sorted().toList());
    assertNotEquals(all, first, "a buffer as large as the data must reorder 20 rows");
    assertEquals(first, again);
    assertNotEquals(first, other);
    assertEquals(
        List.of(3, 3, 3, 3, 3, 3, 2),
        examples.shuffledBatches(3, 100, 7).toList().stream().map(TokenBatch::size).toList());
  }

  @Test
  void shuffledBatchesKeepEachRowWithItsLabel() {
    for (TokenBatch batch : rows(10).shuffledBatches(4, 5, 1).toList()) {
      for (int row = 0; row < batch.size(); row++) {
        int index = batch.tokenIds()[row * LENGTH] / 10;
        assertEquals(index % 2, batch.labels()[row], "row " + index);
        assertEquals(index * 10 + 2, batch.tokenIds()[row * LENGTH + 2], "row " + index);
      }
    }
  }

  @Test
  void gatherTakesRowsInTheGivenOrder() {
    TokenBatch batch = rows(5).gather(List.of(3, 0, 3));
    assertEquals(3, batch.size());
    assertArrayEquals(new int[] {30, 31, 32, 0, 1, 2, 30, 31, 32}, batch.tokenIds());
    assertArrayEquals(new float[] {1f, 0f, 1f}, batch.labels());
  }

  @Test
  void gatherOutsideTheRowsFails() {
    EncodedExamples examples = rows(5);
    assertThrows(IndexOutOfBoundsException.class, () -> examples.gather(List.of(5)));
    assertThrows(IndexOutOfBoundsException.class, () -> examples.gather(List.of(-1)));
  }

  @Test
  void subsetIsANewSetOfTheChosenRows() {
    EncodedExamples subset = rows(6).subset(List.of(4, 1));
    assertEquals(2, subset.size());
    assertEquals(LENGTH, subset.sequenceLength());
    assertEquals(0f, subset.label(0));
    assertEquals(1f, subset.label(1));
    assertArrayEquals(
        new int[] {40, 41, 42, 10, 11, 12}, subset.batches(10).toList().get(0).tokenIds());
  }

  /** {@code n} rows; row i holds ids 10i, 10i+1, 10i+2 and label i % 2. */
  private static EncodedExamples rows(int n) {
    int[] ids = new int[n * LENGTH];
    float[] labels = new float[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < LENGTH; j++) {
        ids[i * LENGTH + j] = 10 * i + j;
      }
      labels[i] = i % 2;
    }
    return new EncodedExamples(ids, labels, LENGTH);
  }

  private static List<Integer> rowsOf(List<TokenBatch> batches) {
    List<Integer> rows = new ArrayList<>();
    for (TokenBatch batch : batches) {
      for (int row = 0; row < batch.size(); row++) {
        rows.add(batch.tokenIds()[row * LENGTH] / 10);
      }
    }
    return rows;
  }
}
