package dev.tfal.data;

/** Opens a fresh iteration over the elements of one pipeline stage. */
@FunctionalInterface
interface Source<T> {
  CloseableIterator<T> open();
}
