package dev.tfal.data;

/** Drops the first {@code count} upstream elements, lazily on first use. */
final class SkipIterator<T> extends StageIterator<T, T> {
  private long toSkip;

  SkipIterator(CloseableIterator<T> upstream, long count) {
    super(upstream);
    this.toSkip = count;
  }

  @Override
  public boolean hasNext() {
    while (toSkip > 0 && upstream.hasNext()) {
      upstream.next();
      toSkip--;
    }
    return upstream.hasNext();
  }

  @Override
  public T next() {
    hasNext();
    return upstream.next();
  }
}
