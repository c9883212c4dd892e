package dev.tfal.data;

import java.util.Iterator;

/**
 * An iterator over a {@link Dataset} that may hold resources (a background thread, an open stream).
 * Use it in try-with-resources; closing is idempotent and never throws a checked exception.
 *
 * @param <T> element type
 */
public interface CloseableIterator<T> extends Iterator<T>, AutoCloseable {
  @Override
  void close();

  /** Wraps a plain iterator that holds no resources; closing it does nothing. */
  static <T> CloseableIterator<T> of(Iterator<T> iterator) {
    return new CloseableIterator<>() {
      @Override
      public boolean hasNext() {
        return iterator.hasNext();
      }

      @Override
      public T next() {
        return iterator.next();
      }

      @Override
      public void close() {}
    };
  }
}
