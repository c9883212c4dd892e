package dev.tfal.data;

/** An iterator that reads from one upstream iterator and closes it when closed. */
abstract class StageIterator<S, T> implements CloseableIterator<T> {
  protected final CloseableIterator<S> upstream;

  StageIterator(CloseableIterator<S> upstream) {
    this.upstream = upstream;
  }

  @Override
  public void close() {
    upstream.close();
  }
}
