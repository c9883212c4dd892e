package dev.tfal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Records the elements of the first iteration that runs to the end; later iterations replay the
 * recording instead of opening the upstream source. An iteration closed early records nothing.
 */
final class CachingSource<T> implements Source<T> {
  private final Source<T> upstream;
  private final AtomicReference<List<T>> recording = new AtomicReference<>();

  CachingSource(Source<T> upstream) {
    this.upstream = upstream;
  }

  @Override
  public CloseableIterator<T> open() {
    List<T> cached = recording.get();
    if (cached != null) {
      return CloseableIterator.of(cached.iterator());
    }
    return new RecordingIterator(upstream.open());
  }

  private final class RecordingIterator extends StageIterator<T, T> {
    private List<T> seen = new ArrayList<>();

    RecordingIterator(CloseableIterator<T> upstream) {
      super(upstream);
    }

    @Override
    public boolean hasNext() {
      boolean more = upstream.hasNext();
      if (!more && seen != null) {
        recording.compareAndSet(null, List.copyOf(seen));
        seen = null;
      }
      return more;
    }

    @Override
    public T next() {
      T element = upstream.next();
      if (seen != null) {
        seen.add(element);
      }
      return element;
    }
  }
}
