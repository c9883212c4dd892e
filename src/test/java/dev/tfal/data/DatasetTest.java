package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DatasetTest {
  private static final List<Integer> TEN = range(10);

  private static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @Test
  void fromListYieldsElementsInOrderAndCopiesTheList() {
    List<Integer> source = new ArrayList<>(List.of(1, 2, 3));
    Dataset<Integer> dataset = Dataset.fromList(source);
    source.add(4);
    assertEquals(List.of(1, 2, 3), dataset.toList());
    assertEquals(3, dataset.count());
  }

  @Test
  void mapAndFilterAreLazyAndComposable() {
    AtomicInteger calls = new AtomicInteger();
    Dataset<Integer> dataset =
        Dataset.fromList(TEN)
            .map(
                x -> {
                  calls.incrementAndGet();
                  return x * 10;
                })
            .filter(x -> x % 20 == 0);
    assertEquals(0, calls.get());
    assertEquals(List.of(0, 20, 40, 60, 80), dataset.toList());
    assertEquals(10, calls.get());
  }

  @Test
  void mapRejectsNullResults() {
    Dataset<Object> dataset = Dataset.fromList(TEN).map(x -> null);
    NullPointerException e = assertThrows(NullPointerException.class, dataset::toList);
    assertEquals("map function returned null", e.getMessage());
  }

  @Test
  void filterIteratorHonoursIteratorContract() {
    try (CloseableIterator<Integer> it = Dataset.fromList(TEN).filter(x -> x > 7).iterator()) {
      assertTrue(it.hasNext());
      assertTrue(it.hasNext());
      assertEquals(8, it.next());
      assertEquals(9, it.next());
      assertFalse(it.hasNext());
      assertThrows(NoSuchElementException.class, it::next);
    }
  }

  @Test
  void batchKeepsTheLastPartialBatch() {
    assertEquals(
        List.of(List.of(0, 1, 2, 3), List.of(4, 5, 6, 7), List.of(8, 9)),
        Dataset.fromList(TEN).batch(4).toList());
    assertEquals(
        List.of(List.of(0, 1), List.of(2, 3)), Dataset.fromList(range(4)).batch(2).toList());
  }

  @Test
  void takeAndSkip() {
    Dataset<Integer> dataset = Dataset.fromList(TEN);
    assertEquals(List.of(0, 1, 2), dataset.take(3).toList());
    assertEquals(List.of(7, 8, 9), dataset.skip(7).toList());
    assertEquals(List.of(3, 4), dataset.skip(3).take(2).toList());
    assertEquals(List.of(), dataset.skip(20).toList());
    assertEquals(TEN, dataset.take(20).toList());
    assertEquals(List.of(), dataset.take(0).toList());
  }

  @Test
  void concatenateAppendsTheOtherDataset() {
    Dataset<Integer> a = Dataset.fromList(List.of(1, 2));
    Dataset<Integer> b = Dataset.fromList(List.of(3));
    assertEquals(List.of(1, 2, 3), a.concatenate(b).toList());
    assertEquals(List.of(3, 1, 2), b.concatenate(a).toList());
    assertEquals(List.of(3), Dataset.fromList(List.<Integer>of()).concatenate(b).toList());
  }

  @Test
  void repeatRunsTheGivenNumberOfPasses() {
    Dataset<Integer> dataset = Dataset.fromList(List.of(1, 2));
    assertEquals(List.of(1, 2, 1, 2, 1, 2), dataset.repeat(3).toList());
    assertEquals(List.of(), dataset.repeat(0).toList());
  }

  @Test
  void repeatForeverIsInfiniteButEndsOnAnEmptyDataset() {
    assertEquals(List.of(1, 2, 1, 2, 1), Dataset.fromList(List.of(1, 2)).repeat().take(5).toList());
    assertEquals(0, Dataset.fromList(List.of()).repeat().count());
  }

  @Test
  void shuffleIsADeterministicPermutation() {
    List<Integer> input = range(100);
    List<Integer> first = Dataset.fromList(input).shuffle(100, 42).toList();
    assertEquals(input, first.stream().sorted().toList());
    assertNotEquals(input, first);
    assertEquals(first, Dataset.fromList(input).shuffle(100, 42).toList());
    assertNotEquals(first, Dataset.fromList(input).shuffle(100, 43).toList());
  }

  @Test
  void fixedShuffleGivesTheSameOrderOnEveryIteration() {
    Dataset<Integer> shuffled = Dataset.fromList(range(50)).shuffle(16, 7);
    assertEquals(shuffled.toList(), shuffled.toList());
  }

  @Test
  void reshuffleEachIterationDependsOnlyOnSeedAndIterationCount() {
    Dataset<Integer> a =
        Dataset.fromList(range(50)).shuffle(50, 7, ShuffleOrder.RESHUFFLE_EACH_ITERATION);
    Dataset<Integer> b =
        Dataset.fromList(range(50)).shuffle(50, 7, ShuffleOrder.RESHUFFLE_EACH_ITERATION);
    List<Integer> epoch0 = a.toList();
    List<Integer> epoch1 = a.toList();
    assertNotEquals(epoch0, epoch1);
    assertEquals(epoch0, b.toList());
    assertEquals(epoch1, b.toList());
    assertEquals(epoch1, Dataset.fromList(range(50)).shuffle(50, 8).toList());
  }

  @Test
  void smallShuffleBufferOnlyMovesElementsLocally() {
    List<Integer> input = range(200);
    List<Integer> shuffled = Dataset.fromList(input).shuffle(4, 3).toList();
    assertEquals(input, shuffled.stream().sorted().toList());
    for (int position = 0; position < shuffled.size(); position++) {
      assertTrue(
          shuffled.get(position) <= position + 3,
          "element " + shuffled.get(position) + " cannot reach position " + position);
    }
    assertEquals(List.of(0), Dataset.fromList(List.of(0)).shuffle(1, 3).toList());
  }

  @Test
  void cacheReplaysTheFirstCompleteIteration() {
    AtomicInteger upstreamCalls = new AtomicInteger();
    Dataset<Integer> cached =
        Dataset.fromList(TEN)
            .map(x -> x + upstreamCalls.incrementAndGet() * 0)
            .shuffle(10, 1, ShuffleOrder.RESHUFFLE_EACH_ITERATION)
            .cache();
    List<Integer> first = cached.toList();
    assertEquals(10, upstreamCalls.get());
    assertEquals(first, cached.toList());
    assertEquals(first, cached.toList());
    assertEquals(10, upstreamCalls.get());
  }

  @Test
  void cacheRecordsNothingFromAnIterationClosedEarly() {
    AtomicInteger upstreamCalls = new AtomicInteger();
    Dataset<Integer> cached =
        Dataset.fromList(TEN)
            .map(
                x -> {
                  upstreamCalls.incrementAndGet();
                  return x;
                })
            .cache();
    assertEquals(List.of(0, 1), cached.take(2).toList());
    assertEquals(TEN, cached.toList());
    assertEquals(TEN, cached.toList());
    assertEquals(12, upstreamCalls.get());
  }

  @Test
  void prefetchYieldsAllElementsInOrder() {
    assertEquals(range(500), Dataset.fromList(range(500)).prefetch(3).toList());
    assertEquals(
        List.of(List.of(0, 1, 2), List.of(3)),
        Dataset.fromList(range(4)).batch(3).prefetch(1).toList());
  }

  @Test
  void prefetchRethrowsTheProducerFailureAfterEarlierElements() {
    DataFormatException failure = new DataFormatException("bad row 3");
    Dataset<Integer> dataset =
        Dataset.fromList(TEN)
            .map(
                x -> {
                  if (x == 3) {
                    throw failure;
                  }
                  return x;
                })
            .prefetch(2);
    List<Integer> seen = new ArrayList<>();
    try (CloseableIterator<Integer> it = dataset.iterator()) {
      DataFormatException e =
          assertThrows(
              DataFormatException.class,
              () -> {
                while (it.hasNext()) {
                  seen.add(it.next());
                }
              });
      assertSame(failure, e);
      assertFalse(it.hasNext());
    }
    assertEquals(List.of(0, 1, 2), seen);
  }

  @Test
  void closingAPrefetchIteratorStopsItsThreadAndClosesUpstream() {
    AtomicReference<Thread> producer = new AtomicReference<>();
    TrackedSource<Integer> source = new TrackedSource<>(List.of(1));
    Dataset<Integer> endless =
        source
            .dataset()
            .repeat()
            .map(
                x -> {
                  producer.set(Thread.currentThread());
                  return x;
                })
            .prefetch(2);
    CloseableIterator<Integer> it = endless.iterator();
    assertEquals(1, it.next());
    Thread thread = producer.get();
    assertTrue(thread.isDaemon());
    assertNotEquals(Thread.currentThread(), thread);
    it.close();
    assertFalse(thread.isAlive());
    assertTrue(source.opened.get() > 1);
    assertTrue(source.balanced(), source.opened + " opened, " + source.closed + " closed");
    it.close();
    assertFalse(it.hasNext());
  }

  @Test
  void everyStageClosesWhatItOpens() {
    List<Function<Dataset<Integer>, Dataset<?>>> stages =
        List.of(
            d -> d.map(x -> x + 1),
            d -> d.filter(x -> x > 1),
            d -> d.shuffle(2, 1),
            d -> d.batch(2),
            d -> d.cache(),
            d -> d.prefetch(1),
            d -> d.take(2),
            d -> d.skip(1),
            d -> d.concatenate(d),
            d -> d.repeat(2),
            Dataset::repeat);
    for (int i = 0; i < stages.size(); i++) {
      TrackedSource<Integer> source = new TrackedSource<>(List.of(1, 2, 3));
      Dataset<?> pipeline = stages.get(i).apply(source.dataset());
      try (CloseableIterator<?> it = pipeline.iterator()) {
        it.next();
      }
      pipeline.take(5).count();
      assertTrue(
          source.balanced(),
          "stage " + i + ": " + source.opened + " opened, " + source.closed + " closed");
    }
  }

  @Test
  void fromIteratorsOpensAFreshIteratorPerIteration() {
    TrackedSource<Integer> source = new TrackedSource<>(List.of(4, 5));
    Dataset<Integer> dataset = source.dataset();
    assertEquals(0, source.opened.get());
    assertEquals(List.of(4, 5), dataset.toList());
    assertEquals(List.of(4, 5, 4, 5), dataset.repeat(2).toList());
    assertEquals(3, source.opened.get());
    assertTrue(source.balanced());
  }

  @Test
  void operatorsRejectBadArguments() {
    Dataset<Integer> dataset = Dataset.fromList(TEN);
    assertEquals(
        "batch size must be > 0, got 0",
        assertThrows(IllegalArgumentException.class, () -> dataset.batch(0)).getMessage());
    assertEquals(
        "bufferSize must be > 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> dataset.shuffle(-1, 1)).getMessage());
    assertEquals(
        "bufferSize must be > 0, got 0",
        assertThrows(IllegalArgumentException.class, () -> dataset.prefetch(0)).getMessage());
    assertEquals(
        "count must be >= 0, got -2",
        assertThrows(IllegalArgumentException.class, () -> dataset.take(-2)).getMessage());
    assertEquals(
        "times must be >= 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> dataset.repeat(-1)).getMessage());
  }
}
