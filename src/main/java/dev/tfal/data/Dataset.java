package dev.tfal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * An immutable, lazy pipeline of non-null elements in the spirit of tf.data. Operators return a new
 * dataset and do no work; work happens while an iterator from {@link #iterator()} is read. Each
 * call to {@code iterator()} starts a new iteration (an epoch) and must be closed:
 *
 * <pre>{@code
 * Dataset<List<Example>> batches =
 *     Dataset.fromList(examples).shuffle(10_000, seed).batch(32).prefetch(2);
 * try (CloseableIterator<List<Example>> it = batches.iterator()) {
 *   while (it.hasNext()) { train(it.next()); }
 * }
 * }</pre>
 *
 * <p>The only state a dataset keeps between iterations is the recording of {@link #cache()} and the
 * iteration counter of a {@link ShuffleOrder#RESHUFFLE_EACH_ITERATION} shuffle.
 *
 * @param <T> element type
 */
public final class Dataset<T> {
  private final Source<T> source;

  private Dataset(Source<T> source) {
    this.source = source;
  }

  /** A dataset of the given elements, in order; the list is copied and must not hold nulls. */
  public static <T> Dataset<T> fromList(List<T> elements) {
    List<T> copy = List.copyOf(elements);
    return new Dataset<>(() -> CloseableIterator.of(copy.iterator()));
  }

  /**
   * A dataset whose every iteration is a fresh iterator from {@code opener}, for sources that
   * stream or change between iterations. The iterators must not yield null; each is closed by the
   * pipeline that opened it.
   */
  public static <T> Dataset<T> fromIterators(
      Supplier<? extends CloseableIterator<? extends T>> opener) {
    Objects.requireNonNull(opener, "opener");
    return new Dataset<>(
        () ->
            new MappingIterator<>(
                opener.get(), Function.identity(), "iterator from opener yielded null"));
  }

  /** Starts a new iteration over the dataset; close it when done. */
  public CloseableIterator<T> iterator() {
    return source.open();
  }

  /** Applies {@code function} to each element; the function must not return null. */
  public <R> Dataset<R> map(Function<? super T, ? extends R> function) {
    Objects.requireNonNull(function, "function");
    return new Dataset<>(
        () -> new MappingIterator<>(source.open(), function, "map function returned null"));
  }

  /** Keeps the elements for which {@code predicate} holds. */
  public Dataset<T> filter(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return new Dataset<>(() -> new FilteringIterator<>(source.open(), predicate));
  }

  /** Buffer shuffle with the same order on every iteration; see {@link ShuffleOrder#FIXED}. */
  public Dataset<T> shuffle(int bufferSize, long seed) {
    return shuffle(bufferSize, seed, ShuffleOrder.FIXED);
  }

  /**
   * tf.data buffer shuffle: keeps {@code bufferSize} elements, emits a random one and refills its
   * slot from upstream. A buffer at least as large as the dataset gives a uniform permutation.
   */
  public Dataset<T> shuffle(int bufferSize, long seed, ShuffleOrder order) {
    requirePositive("bufferSize", bufferSize);
    Objects.requireNonNull(order, "order");
    AtomicLong iterations = new AtomicLong();
    return new Dataset<>(
        () -> {
          long offset = order == ShuffleOrder.FIXED ? 0 : iterations.getAndIncrement();
          return new ShuffleIterator<>(source.open(), bufferSize, seed + offset);
        });
  }

  /** Groups consecutive elements into unmodifiable lists of {@code size}; the last may be short. */
  public Dataset<List<T>> batch(int size) {
    requirePositive("batch size", size);
    return new Dataset<>(() -> new BatchIterator<>(source.open(), size));
  }

  /**
   * Records the first iteration that runs to the end and replays it afterwards, so upstream work
   * (and upstream shuffling) happens once. An iteration closed early records nothing.
   */
  public Dataset<T> cache() {
    return new Dataset<>(new CachingSource<>(source));
  }

  /**
   * Reads up to {@code bufferSize} elements ahead on a background daemon thread. A failure of the
   * upstream pipeline is rethrown by the iterator; closing the iterator stops and joins the thread.
   */
  public Dataset<T> prefetch(int bufferSize) {
    requirePositive("bufferSize", bufferSize);
    return new Dataset<>(() -> PrefetchIterator.start(source, bufferSize));
  }

  /** The first {@code count} elements. */
  public Dataset<T> take(long count) {
    requireNonNegative("count", count);
    return new Dataset<>(() -> new TakeIterator<>(source.open(), count));
  }

  /** All but the first {@code count} elements. */
  public Dataset<T> skip(long count) {
    requireNonNegative("count", count);
    return new Dataset<>(() -> new SkipIterator<>(source.open(), count));
  }

  /** The elements of this dataset followed by those of {@code other}. */
  public Dataset<T> concatenate(Dataset<T> other) {
    Source<T> second = Objects.requireNonNull(other, "other").source;
    return new Dataset<>(() -> new ConcatIterator<>(source, second));
  }

  /** This dataset {@code times} times in a row; each pass is a new upstream iteration. */
  public Dataset<T> repeat(int times) {
    requireNonNegative("times", times);
    return new Dataset<>(() -> new RepeatIterator<>(source, times));
  }

  /** This dataset over and over; ends only if a pass yields nothing (an empty dataset). */
  public Dataset<T> repeat() {
    return new Dataset<>(() -> new RepeatIterator<>(source, Long.MAX_VALUE));
  }

  /** Runs one iteration and returns its elements as an unmodifiable list. */
  public List<T> toList() {
    List<T> elements = new ArrayList<>();
    try (CloseableIterator<T> it = iterator()) {
      it.forEachRemaining(elements::add);
    }
    return List.copyOf(elements);
  }

  /** Runs one iteration and counts its elements. */
  public long count() {
    long count = 0;
    try (CloseableIterator<T> it = iterator()) {
      for (; it.hasNext(); count++) {
        it.next();
      }
    }
    return count;
  }

  private static void requirePositive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + value);
    }
  }

  private static void requireNonNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + value);
    }
  }
}
