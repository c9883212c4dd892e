package dev.tfal.data;

import java.util.NoSuchElementException;
import java.util.function.Predicate;

/** Yields the upstream elements that satisfy a predicate, looking one element ahead. */
final class FilteringIterator<T> extends StageIterator<T, T> {
  private final Predicate<? super T> predicate;
  private T pending;

  FilteringIterator(CloseableIterator<T> upstream, Predicate<? super T> predicate) {
    super(upstream);
    this.predicate = predicate;
  }

  @Override
  public boolean hasNext() {
    while (pending == null && upstream.hasNext()) {
      T candidate = upstream.next();
      if (predicate.test(candidate)) {
        pending = candidate;
      }
    }
    return pending != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T result = pending;
    pending = null;
    return result;
  }
}
