package dev.tfal.data;

import java.util.NoSuchElementException;

/** Yields at most {@code limit} upstream elements. */
final class TakeIterator<T> extends StageIterator<T, T> {
  private long remaining;

  TakeIterator(CloseableIterator<T> upstream, long limit) {
    super(upstream);
    this.remaining = limit;
  }

  @Override
  public boolean hasNext() {
    return remaining > 0 && upstream.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    remaining--;
    return upstream.next();
  }
}
