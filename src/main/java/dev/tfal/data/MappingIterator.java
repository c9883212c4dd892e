package dev.tfal.data;

import java.util.Objects;
import java.util.function.Function;

/** Applies a function to each upstream element; a null result is an error. */
final class MappingIterator<S, T> extends StageIterator<S, T> {
  private final Function<? super S, ? extends T> function;
  private final String nullMessage;

  MappingIterator(
      CloseableIterator<S> upstream,
      Function<? super S, ? extends T> function,
      String nullMessage) {
    super(upstream);
    this.function = function;
    this.nullMessage = nullMessage;
  }

  @Override
  public boolean hasNext() {
    return upstream.hasNext();
  }

  @Override
  public T next() {
    return Objects.requireNonNull(function.apply(upstream.next()), nullMessage);
  }
}
