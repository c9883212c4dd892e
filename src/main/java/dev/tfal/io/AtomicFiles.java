package dev.tfal.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files and directories so that readers only ever see a complete version: content goes to a
 * temporary sibling, is forced to disk, then renamed over the target, and the directory is forced
 * so that the rename survives a power cut (each step through {@link DiskSync}). A failed write (a
 * full disk) is a {@link WriteFailedException} naming the file; the previous version stays in
 * place. For files whose damage must be detected on read, see {@link ChecksummedFiles}.
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> FILE_PERMISSIONS =
      PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS =
      PosixFilePermissions.fromString("rwxr-xr-x");

  private AtomicFiles() {}

  /** Content producer for {@link #write}. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void writeString(Path target, String content) throws IOException {
    write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  public static void write(Path target, Writer writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    makeReadable(tmp, FILE_PERMISSIONS);
    try {
      writeForced(tmp, target, writer);
      DiskSync.rename(tmp, target);
    } catch (IOException e) {
      throw e instanceof WriteFailedException
          ? e
          : new WriteFailedException(target, kept(target), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
    try {
      DiskSync.syncDirectory(dir);
    } catch (IOException e) {
      throw new WriteFailedException(
          target, "the new version is in place but may not survive a power cut", e);
    }
  }

  /** Writes {@code tmp} and forces it to disk; {@code target} is what the faults see. */
  private static void writeForced(Path tmp, Path target, Writer writer) throws IOException {
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
        OutputStream out = new BufferedOutputStream(DiskSync.output(channel, tmp))) {
      writer.writeTo(out);
      out.flush();
      WriteFaults.check(target);
      DiskSync.force(channel, tmp);
    }
  }

  private static String kept(Path target) {
    return Files.exists(target) ? "the previous version is kept" : "nothing was written";
  }

  /**
   * Renames {@code source} to {@code target}, replacing it, atomically where the OS allows, and
   * forces the directory so that the rename survives a power cut.
   */
  public static void moveAtomically(Path source, Path target) throws IOException {
    DiskSync.rename(source, target);
    DiskSync.syncDirectory(target.toAbsolutePath().getParent());
  }

  /**
   * Replaces directory {@code target} by the fully written directory {@code staged}: every file of
   * the new one is forced to disk, the old one moved aside, the new one renamed into place, their
   * parent directory forced, then the old one deleted.
   */
  public static void replaceDirectory(Path staged, Path target) throws IOException {
    recoverDirectory(target);
    Path parent = target.toAbsolutePath().getParent();
    Path old = previousVersion(target);
    deleteRecursively(old);
    forceTree(staged);
    if (Files.exists(target)) {
      DiskSync.renameDirectory(target, old);
    }
    DiskSync.renameDirectory(staged, target);
    DiskSync.syncDirectory(parent);
    deleteRecursively(old);
  }

  /**
   * Puts back the previous version of {@code target} if a crash in {@link #replaceDirectory} left
   * it moved aside and the new one not yet in place. Call before reading {@code target}.
   */
  public static void recoverDirectory(Path target) throws IOException {
    Path old = previousVersion(target);
    if (!Files.exists(target) && Files.isDirectory(old)) {
      DiskSync.renameDirectory(old, target);
      DiskSync.syncDirectory(target.toAbsolutePath().getParent());
    }
  }

  /** Forces every file under {@code root}, then each directory after its entries. */
  private static void forceTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (attrs.isRegularFile()) {
              DiskSync.force(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            DiskSync.syncDirectory(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static Path previousVersion(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".old");
  }

  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * A new hidden directory next to {@code target} for staging a directory that {@link
   * #replaceDirectory} later moves into place; readable like any directory the user creates.
   */
  public static Path createStagingDirectory(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    makeReadable(staging, DIRECTORY_PERMISSIONS);
    return staging;
  }

  /** Temporary files are created private; what they become is as readable as any other file. */
  private static void makeReadable(Path path, Set<PosixFilePermission> permissions)
      throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, permissions);
    }
  }
}
