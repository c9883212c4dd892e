package dev.tfal.data;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * tf.data buffer shuffle: fill a buffer of {@code bufferSize} elements, then repeatedly emit a
 * uniformly chosen buffered element and put the next upstream element in its slot. A buffer at
 * least as large as the input gives a uniform permutation.
 */
final class ShuffleIterator<T> extends StageIterator<T, T> {
  private final int bufferSize;
  private final SplittableRandom random;
  private final List<T> buffer;
  private boolean filled;

  ShuffleIterator(CloseableIterator<T> upstream, int bufferSize, long seed) {
    super(upstream);
    this.bufferSize = bufferSize;
    this.random = new SplittableRandom(seed);
    this.buffer = new ArrayList<>(Math.min(bufferSize, 1 << 16));
  }

  @Override
  public boolean hasNext() {
    if (!filled) {
      while (buffer.size() < bufferSize && upstream.hasNext()) {
        buffer.add(upstream.next());
      }
      filled = true;
    }
    return !buffer.isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    int slot = random.nextInt(buffer.size());
    T chosen = buffer.get(slot);
    if (upstream.hasNext()) {
      buffer.set(slot, upstream.next());
    } else {
      T last = buffer.remove(buffer.size() - 1);
      if (slot < buffer.size()) {
        buffer.set(slot, last);
      }
    }
    return chosen;
  }
}
