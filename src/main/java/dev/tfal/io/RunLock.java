package dev.tfal.io;

import dev.tfal.error.UsageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An exclusive lock on a run directory, held through the file {@code <run>/.lock}, so that two tfal
 * processes never write the same run. The operating system releases the lock when the process ends,
 * however it ends (even {@code kill -9}); a {@code .lock} file left behind that way is harmless.
 * Closing deletes the file, then releases the lock.
 *
 * <p>Two details make this safe. A holder deletes the file on close, so a process that opened the
 * old file just before may lock a file that no longer has a name: the holder therefore writes a
 * unique token into the file it locked and reads it back through the path, trying again if the path
 * shows another file. And POSIX drops a process's lock when any of its descriptors of the file is
 * closed, so a second holder in the same process is refused before it opens the file, from a
 * process-wide set of the directories locked here (mirroring the lock table the OS keeps per
 * process).
 */
public final class RunLock implements AutoCloseable {
  /** The name of the lock file inside a run directory. */
  public static final String FILE_NAME = ".lock";

  private static final int ATTEMPTS = 10;
  private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final Path file;
  private final FileChannel channel;
  private final FileChannel check;
  private boolean closed;

  private RunLock(Path key, Path file, FileChannel channel, FileChannel check) {
    this.key = key;
    this.file = file;
    this.channel = channel;
    this.check = check;
  }

  /**
   * Takes the lock of the existing directory {@code runDir}, creating its lock file.
   *
   * @throws RunInUseException if another process, or another holder in this one, has it
   * @throws IOException if the directory is missing or the lock file cannot be created
   */
  public static RunLock acquire(Path runDir) throws IOException {
    Path lockFile = runDir.resolve(FILE_NAME);
    Path key = runDir.toRealPath();
    if (!HELD_HERE.add(key)) {
      throw new RunInUseException(runDir, lockFile);
    }
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        RunLock held = tryAcquire(key, runDir, lockFile);
        if (held != null) {
          return held;
        }
      }
      throw new RunInUseException(runDir, lockFile);
    } catch (IOException | RuntimeException e) {
      HELD_HERE.remove(key);
      throw e;
    }
  }

  /**
   * Takes the lock of {@code runDir}, a directory just created for a new run, and checks that it
   * still holds nothing else: another process may have filled it between this one's first check and
   * its lock.
   *
   * @throws UsageException if the directory holds anything but the lock file
   * @throws RunInUseException if another process has the lock
   */
  public static RunLock acquireEmpty(Path runDir) throws IOException {
    RunLock lock = acquire(runDir);
    try (Stream<Path> entries = Files.list(runDir)) {
      if (entries.anyMatch(entry -> !entry.getFileName().toString().equals(FILE_NAME))) {
        throw new UsageException(
            "output directory "
                + runDir
                + " already exists and is not empty; choose another --out");
      }
      return lock;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The lock, or null if the file locked was deleted by its previous holder meanwhile. */
  private static RunLock tryAcquire(Path key, Path runDir, Path lockFile) throws IOException {
    FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new RunInUseException(runDir, lockFile);
      }
      byte[] owner = stamp(channel);
      FileChannel check = openIfOwned(lockFile, owner);
      if (check == null) {
        channel.close();
        return null;
      }
      return new RunLock(key, lockFile, channel, check);
    } catch (OverlappingFileLockException e) {
      channel.close();
      throw new RunInUseException(runDir, lockFile);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Writes a unique owner token into the locked file and returns it. */
  private static byte[] stamp(FileChannel channel) throws IOException {
    byte[] owner =
        ("pid " + ProcessHandle.current().pid() + "\n" + UUID.randomUUID() + "\n")
            .getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(owner), 0);
    return owner;
  }

  /**
   * A channel on the file {@code lockFile} names now if it holds {@code owner}, else null. The
   * channel stays open while the lock is held: closing it would drop the lock under POSIX.
   */
  private static FileChannel openIfOwned(Path lockFile, byte[] owner) throws IOException {
    FileChannel check;
    try {
      check = FileChannel.open(lockFile, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      return null;
    }
    ByteBuffer content = ByteBuffer.allocate(owner.length + 1);
    while (content.hasRemaining() && check.read(content) >= 0) {
      // read until full or end of file
    }
    if (content.position() == owner.length
        && Arrays.equals(owner, Arrays.copyOf(content.array(), owner.length))) {
      return check;
    }
    check.close();
    return null;
  }

  /** Whether this lock is still held. */
  public boolean isHeld() {
    return !closed && channel.isOpen();
  }

  /** Deletes the lock file, then releases the lock; a second call does nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        check.close();
        channel.close();
      } finally {
        HELD_HERE.remove(key);
      }
    }
  }
}
