package dev.tfal.data;

import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

/**
 * Reads a source on a background daemon thread into a bounded queue. A failure of the producer is
 * rethrown to the consumer in order, after the elements produced before it; closing interrupts the
 * producer, which closes its upstream iterator, and waits for the thread to end.
 */
final class PrefetchIterator<T> implements CloseableIterator<T> {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue;
  private final Thread producer;
  private Object head;
  private boolean finished;
  private boolean closed;

  private PrefetchIterator(Source<T> source, int capacity) {
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.producer = new Thread(() -> produce(source), "tfal-prefetch");
    producer.setDaemon(true);
  }

  static <T> PrefetchIterator<T> start(Source<T> source, int capacity) {
    PrefetchIterator<T> iterator = new PrefetchIterator<>(source, capacity);
    iterator.producer.start();
    return iterator;
  }

  private void produce(Source<T> source) {
    try {
      try (CloseableIterator<T> upstream = source.open()) {
        while (upstream.hasNext()) {
          queue.put(upstream.next());
        }
      }
      queue.put(END);
    } catch (RuntimeException | Error e) {
      putFailure(e);
    } catch (InterruptedException e) {
      // close() asked the producer to stop; the consumer no longer reads the queue.
    }
  }

  private void putFailure(Throwable error) {
    try {
      queue.put(new Failure(error));
    } catch (InterruptedException e) {
      // close() asked the producer to stop; nobody is left to report the failure to.
    }
  }

  @Override
  public boolean hasNext() {
    if (head == null && !finished && !closed) {
      head = take();
      if (head == END) {
        finished = true;
        head = null;
      } else if (head instanceof Failure failure) {
        finished = true;
        head = null;
        throw failure.rethrowable();
      }
    }
    return head != null;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T element = (T) head;
    head = null;
    return element;
  }

  private Object take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for a prefetched element");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    producer.interrupt();
    boolean interrupted = false;
    while (producer.isAlive()) {
      try {
        producer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** A producer failure travelling through the queue. */
  private record Failure(Throwable error) {
    RuntimeException rethrowable() {
      if (error instanceof Error e) {
        throw e;
      }
      return (RuntimeException) error;
    }
  }
}
