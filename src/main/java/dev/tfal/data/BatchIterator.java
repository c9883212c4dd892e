package dev.tfal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Groups consecutive upstream elements into unmodifiable lists; the last one may be shorter. */
final class BatchIterator<T> extends StageIterator<T, List<T>> {
  private final int size;

  BatchIterator(CloseableIterator<T> upstream, int size) {
    super(upstream);
    this.size = size;
  }

  @Override
  public boolean hasNext() {
    return upstream.hasNext();
  }

  @Override
  public List<T> next() {
    if (!upstream.hasNext()) {
      throw new NoSuchElementException();
    }
    List<T> batch = new ArrayList<>(size);
    while (batch.size() < size && upstream.hasNext()) {
      batch.add(upstream.next());
    }
    return List.copyOf(batch);
  }
}
