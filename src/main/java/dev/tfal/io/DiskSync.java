package dev.tfal.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The durable-write steps every tfal writer takes, in one place so that a test can see their order:
 * bytes written to a file channel, the file forced to disk, renamed into place, and its directory
 * forced so the rename itself survives a power cut. Each step does the real work, then reports an
 * {@link Event} to the observers a test registered; in production there are none and a report is
 * one read of an empty list.
 *
 * <pre>{@code
 * List<DiskSync.Event> seen = new CopyOnWriteArrayList<>();
 * try (var watch = DiskSync.observe(seen::add)) {
 *   AtomicFiles.writeString(file, "x"); // FORCE(tmp), RENAME(file), SYNC_DIRECTORY(dir)
 * }
 * }</pre>
 */
public final class DiskSync {
  private static final List<Consumer<Event>> OBSERVERS = new CopyOnWriteArrayList<>();

  private DiskSync() {}

  /** What a step did. */
  public enum Step {
    /** Bytes were handed to the file system for {@link Event#path}. */
    WRITE,
    /** {@link Event#path}'s content was forced to disk. */
    FORCE,
    /** {@link Event#source} was renamed to {@link Event#path}. */
    RENAME,
    /** Directory {@link Event#path}'s entries (creates, renames) were forced to disk. */
    SYNC_DIRECTORY
  }

  /**
   * One completed step.
   *
   * @param step what was done
   * @param path the file or directory it was done to; a rename's target
   * @param source a rename's source; otherwise {@code path}
   */
  public record Event(Step step, Path path, Path source) {
    static Event of(Step step, Path path) {
      return new Event(step, path, path);
    }
  }

  /** An observer registered by {@link #observe}, removed again by {@link #close}. */
  public static final class Observation implements AutoCloseable {
    private final Consumer<Event> observer;

    private Observation(Consumer<Event> observer) {
      this.observer = observer;
    }

    @Override
    public void close() {
      OBSERVERS.remove(observer);
    }
  }

  /** Reports every later step to {@code observer} until the observation is closed. */
  public static Observation observe(Consumer<Event> observer) {
    OBSERVERS.add(observer);
    return new Observation(observer);
  }

  /** Writes all of {@code buffer} at the channel's position. */
  public static void write(FileChannel channel, ByteBuffer buffer, Path file) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    report(Event.of(Step.WRITE, file));
  }

  /**
   * A stream that writes through {@link #write}; closing it leaves {@code channel} open, so that a
   * writer that closes its stream does not stop the caller from forcing the channel.
   */
  public static OutputStream output(FileChannel channel, Path file) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        DiskSync.write(channel, ByteBuffer.wrap(bytes, offset, length), file);
      }
    };
  }

  /** Forces {@code file}'s content and metadata to disk through its open channel. */
  public static void force(FileChannel channel, Path file) throws IOException {
    channel.force(true);
    report(Event.of(Step.FORCE, file));
  }

  /** Forces the content of the closed file {@code file} to disk. */
  public static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      force(channel, file);
    }
  }

  /** Renames {@code source} to {@code target}, replacing it, atomically where the OS allows. */
  public static void rename(Path source, Path target) throws IOException {
    try {
      Files.move(
          source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
    report(new Event(Step.RENAME, target, source));
  }

  /** Renames directory {@code source} to the free name {@code target}, atomically. */
  public static void renameDirectory(Path source, Path target) throws IOException {
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    report(new Event(Step.RENAME, target, source));
  }

  /**
   * Forces directory {@code dir}'s entries to disk, so that a file created or renamed in it is
   * still there after a power cut. Where the platform cannot open a directory (Windows), there is
   * nothing to force and this does nothing.
   */
  public static void syncDirectory(Path dir) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(dir, StandardOpenOption.READ);
    } catch (IOException | UnsupportedOperationException e) {
      if (Files.isDirectory(dir)) {
        return;
      }
      throw e;
    }
    try (channel) {
      channel.force(true);
    }
    report(Event.of(Step.SYNC_DIRECTORY, dir));
  }

  private static void report(Event event) {
    for (Consumer<Event> observer : OBSERVERS) {
      observer.accept(event);
    }
  }
}
