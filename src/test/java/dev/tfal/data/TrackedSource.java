package dev.tfal.data;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A dataset over fixed elements that counts how many iterators were opened and closed. */
final class TrackedSource<T> {
  final AtomicInteger opened = new AtomicInteger();
  final AtomicInteger closed = new AtomicInteger();
  private final List<T> elements;

  TrackedSource(List<T> elements) {
    this.elements = List.copyOf(elements);
  }

  Dataset<T> dataset() {
    return Dataset.fromIterators(
        () -> {
          opened.incrementAndGet();
          CloseableIterator<T> plain = CloseableIterator.of(elements.iterator());
          return new CloseableIterator<T>() {
            private boolean done;

            @Override
            public boolean hasNext() {
              return plain.hasNext();
            }

            @Override
            public T next() {
              return plain.next();
            }

            @Override
            public void close() {
              if (!done) {
                done = true;
                closed.incrementAndGet();
              }
            }
          };
        });
  }

  boolean balanced() {
    return opened.get() == closed.get();
  }
}
