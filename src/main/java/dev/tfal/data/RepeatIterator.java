package dev.tfal.data;

import java.util.NoSuchElementException;

/**
 * Opens a source up to {@code times} times in a row. A pass that yields nothing ends the
 * repetition, so repeating an empty dataset forever terminates (as in tf.data).
 */
final class RepeatIterator<T> implements CloseableIterator<T> {
  private final Source<T> source;
  private final long times;
  private CloseableIterator<T> current;
  private long passesOpened;
  private boolean passYielded;
  private boolean done;

  RepeatIterator(Source<T> source, long times) {
    this.source = source;
    this.times = times;
  }

  @Override
  public boolean hasNext() {
    while (!done && (current == null || !current.hasNext())) {
      boolean previousPassEmpty = current != null && !passYielded;
      closeCurrent();
      done = passesOpened >= times || previousPassEmpty;
      if (done) {
        return false;
      }
      current = source.open();
      passesOpened++;
      passYielded = false;
    }
    return !done;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    passYielded = true;
    return current.next();
  }

  @Override
  public void close() {
    closeCurrent();
  }

  private void closeCurrent() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
