package dev.tfal.data;

import java.util.NoSuchElementException;

/** Yields every element of a first source, then every element of a second one. */
final class ConcatIterator<T> implements CloseableIterator<T> {
  private final Source<T> second;
  private CloseableIterator<T> current;
  private boolean onSecond;

  ConcatIterator(Source<T> first, Source<T> second) {
    this.second = second;
    this.current = first.open();
  }

  @Override
  public boolean hasNext() {
    if (current.hasNext()) {
      return true;
    }
    if (onSecond) {
      return false;
    }
    current.close();
    onSecond = true;
    current = second.open();
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  @Override
  public void close() {
    current.close();
  }
}
