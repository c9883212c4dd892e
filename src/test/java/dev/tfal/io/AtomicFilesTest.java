package dev.tfal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @Test
  void writeReplacesContentLeavesNoTemporaryAndIsReadableByOthers(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("sub").resolve("a.txt");
    AtomicFiles.writeString(file, "first");
    AtomicFiles.writeString(file, "second");
    assertEquals("second", Files.readString(file));
    assertEquals(List.of("a.txt"), names(file.getParent()));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void failedWriteKeepsThePreviousVersion(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.txt");
    AtomicFiles.writeString(file, "kept");
    assertThrows(
        IOException.class,
        () ->
            AtomicFiles.write(
                file,
                out -> {
                  out.write("half".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("disk full");
                }));
    assertEquals("kept", Files.readString(file));
    assertEquals(List.of("a.txt"), names(dir));
  }

  @Test
  void replaceDirectorySwapsWholeDirectories(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("best");
    Files.createDirectories(target);
    Files.writeString(target.resolve("old.txt"), "old");
    Path staged = AtomicFiles.createStagingDirectory(target);
    Files.writeString(staged.resolve("new.txt"), "new");
    AtomicFiles.replaceDirectory(staged, target);
    assertEquals(List.of("new.txt"), names(target));
    assertEquals(List.of("best"), names(dir));
  }

  @Test
  void recoverPutsBackThePreviousVersionAfterACrashBetweenTheRenames(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("best");
    Path aside = dir.resolve(".best.old");
    Files.createDirectories(aside);
    Files.writeString(aside.resolve("model.txt"), "previous");
    AtomicFiles.recoverDirectory(target);
    assertEquals("previous", Files.readString(target.resolve("model.txt")));
    assertFalse(Files.exists(aside));
  }

  @Test
  void replaceAfterACrashKeepsThePreviousVersionUntilTheNewOneIsIn(@TempDir Path dir)
      throws IOException {
    Path target = dir.resolve("best");
    Files.createDirectories(dir.resolve(".best.old"));
    Path staged = AtomicFiles.createStagingDirectory(target);
    Files.writeString(staged.resolve("new.txt"), "new");
    AtomicFiles.replaceDirectory(staged, target);
    assertTrue(Files.exists(target.resolve("new.txt")));
    assertEquals(List.of("best"), names(dir));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
