package dev.tfal.io;

import dev.tfal.error.CorruptFileException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files written atomically with a SHA-256 checksum file beside them, {@code <name>.sha256}, so that
 * a truncated, altered or deleted file is reported instead of being read as a complete one. The
 * file itself keeps its own format (a Keras vocabulary, an id list, JSON), so other tools read it
 * as before; {@code sha256sum -c <name>.sha256} checks it by hand.
 *
 * <p>A write is three atomic steps: the checksum file gets the new digest as pending (next to the
 * committed one), the file is renamed into place, the checksum file gets the new digest as
 * committed. A crash between any two steps leaves a file that matches one of the recorded digests,
 * so a crash is never reported as corruption. A read accepts the committed or the pending digest; a
 * file that matches neither is damaged; a missing file whose checksum file records a committed
 * version was deleted. Files without a checksum file (written before checksums existed) are read
 * unchecked.
 *
 * <p>For small files (state, settings, id lists): the content is rendered in memory first. Any
 * writer of such a file can adopt it by replacing {@code AtomicFiles.write} with {@link #write} and
 * {@code Files.readAllBytes} with {@link #read}.
 */
public final class ChecksummedFiles {
  /** The suffix of checksum files. */
  public static final String SUFFIX = ".sha256";

  private ChecksummedFiles() {}

  /** The checksum file of {@code file}. */
  public static Path checksumFile(Path file) {
    return file.resolveSibling(file.getFileName() + SUFFIX);
  }

  public static void writeString(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Renders {@code writer}'s content in memory, then writes it as {@link #write(Path, byte[])}. */
  public static void write(Path target, AtomicFiles.Writer writer) throws IOException {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    writer.writeTo(content);
    write(target, content.toByteArray());
  }

  /** Writes {@code content} to {@code target} atomically with its checksum file. */
  public static void write(Path target, byte[] content) throws IOException {
    Path sidecar = checksumFile(target);
    String name = target.getFileName().toString();
    String digest = Sha256.of(content);
    ChecksumRecord current = currentVersion(target, sidecar);
    AtomicFiles.writeString(sidecar, current.withPending(digest).format(name));
    AtomicFiles.write(target, out -> out.write(content));
    AtomicFiles.writeString(sidecar, ChecksumRecord.committed(digest).format(name));
  }

  /**
   * The record of what {@code target} holds now: its digest as committed if it is intact (or has no
   * checksum file), nothing if it is missing or damaged and about to be replaced anyway.
   */
  private static ChecksumRecord currentVersion(Path target, Path sidecar) throws IOException {
    if (!Files.isRegularFile(target)) {
      return new ChecksumRecord(Optional.empty(), Optional.empty());
    }
    String digest = Sha256.of(target);
    boolean intact =
        !Files.exists(sidecar) || record(sidecar, target.getFileName().toString()).accepts(digest);
    return intact
        ? ChecksumRecord.committed(digest)
        : new ChecksumRecord(Optional.empty(), Optional.empty());
  }

  /**
   * The content of {@code file}, checked against its checksum file when it has one.
   *
   * @throws CorruptFileException naming the file if it does not match, or is missing although its
   *     checksum file records a complete version; naming the checksum file if that is damaged
   * @throws NoSuchFileException if the file does not exist and never existed completely
   */
  public static byte[] read(Path file) throws IOException {
    return readIfWritten(file)
        .orElseThrow(() -> new NoSuchFileException(file.toString(), null, "no such file"));
  }

  /**
   * Like {@link #read}, but empty instead of {@link NoSuchFileException} when the file was never
   * written completely: no file, and no committed version in a checksum file.
   */
  public static Optional<byte[]> readIfWritten(Path file) throws IOException {
    Path sidecar = checksumFile(file);
    if (!Files.exists(sidecar)) {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }
    ChecksumRecord record = record(sidecar, file.getFileName().toString());
    if (!Files.exists(file)) {
      if (record.committed().isPresent()) {
        throw new CorruptFileException(
            file, "missing, although " + sidecar.getFileName() + " records it; it was deleted");
      }
      return Optional.empty();
    }
    byte[] content = Files.readAllBytes(file);
    String digest = Sha256.of(content);
    if (!record.accepts(digest)) {
      throw new CorruptFileException(
          file,
          "damaged: its SHA-256 "
              + digest.substring(0, 12)
              + "... does not match "
              + sidecar.getFileName()
              + " ("
              + content.length
              + " bytes now); it was truncated or altered after tfal wrote it");
    }
    return Optional.of(content);
  }

  private static ChecksumRecord record(Path sidecar, String fileName) throws IOException {
    String text = new String(Files.readAllBytes(sidecar), StandardCharsets.UTF_8);
    return ChecksumRecord.parse(text, sidecar, fileName);
  }
}
