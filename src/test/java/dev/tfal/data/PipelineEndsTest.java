package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every pipeline stage ends cleanly: once exhausted it keeps saying so and its {@code next()}
 * throws NoSuchElementException rather than inventing an element (an empty batch, an element past a
 * {@code take}, a null).
 */
class PipelineEndsTest {
  private static final Dataset<Integer> THREE = Dataset.fromList(List.of(1, 2, 3));

  private static <T> void assertExhaustedAfter(Dataset<T> dataset, List<T> expected) {
    try (CloseableIterator<T> it = dataset.iterator()) {
      for (T element : expected) {
        assertTrue(it.hasNext());
        assertEquals(element, it.next());
      }
      assertFalse(it.hasNext());
      assertFalse(it.hasNext(), "still exhausted when asked again");
      assertThrows(NoSuchElementException.class, it::next);
    }
  }

  @Test
  void batchEndsWithoutAnEmptyBatch() {
    assertExhaustedAfter(THREE.batch(2), List.of(List.of(1, 2), List.of(3)));
  }

  @Test
  void takeEndsAtItsCountThoughUpstreamHasMore() {
    assertExhaustedAfter(THREE.take(2), List.of(1, 2));
    assertExhaustedAfter(THREE.take(0), List.of());
  }

  @Test
  void concatenationEndsAfterAnEmptySecondPart() {
    assertExhaustedAfter(THREE.concatenate(Dataset.fromList(List.of())), List.of(1, 2, 3));
    assertEquals(3, THREE.concatenate(Dataset.fromList(List.of())).count());
  }

  @Test
  void repeatEndsAfterItsPasses() {
    assertExhaustedAfter(THREE.repeat(2), List.of(1, 2, 3, 1, 2, 3));
    assertExhaustedAfter(Dataset.<Integer>fromList(List.of()).repeat(), List.of());
  }

  @Test
  void shuffleEndsOnceItsBufferIsDrained() {
    try (CloseableIterator<Integer> it = THREE.shuffle(2, 7).iterator()) {
      int seen = 0;
      for (; it.hasNext(); seen++) {
        it.next();
      }
      assertEquals(3, seen);
      assertFalse(it.hasNext());
      assertThrows(NoSuchElementException.class, it::next);
    }
  }

  @Test
  void prefetchEndsWithoutANullElement() {
    assertExhaustedAfter(THREE.prefetch(2), List.of(1, 2, 3));
  }

  @Test
  void anErrorInThePrefetchingThreadReachesTheConsumerUnchanged() {
    AssertionError failure = new AssertionError("broken element");
    Function<Integer, Integer> failing =
        i -> {
          if (i == 2) {
            throw failure;
          }
          return i;
        };
    try (CloseableIterator<Integer> it = THREE.map(failing).prefetch(2).iterator()) {
      assertEquals(1, it.next());
      assertSame(failure, assertThrows(AssertionError.class, it::next));
    }
  }

  @Test
  void negativeSkipIsRefused() {
    assertEquals(
        "count must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> THREE.skip(-1)).getMessage());
    assertEquals(List.of(3), THREE.skip(2).toList());
  }
}
