package dev.tfal.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.CorruptFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checksummed files: the sidecar's format, damage detection (truncated, altered, deleted, damaged
 * sidecar), and that a crash or a failed write between the three steps of a write is never taken
 * for damage.
 */
class ChecksummedFilesTest {
  /** SHA-256 of "abc" (FIPS 180-2, appendix B.1). */
  private static final String ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @TempDir Path dir;

  @Test
  void sidecarIsASha256sumLineAndTheFileKeepsItsContent() throws IOException {
    Path file = dir.resolve("state.json");
    ChecksummedFiles.writeString(file, "abc");

    assertEquals("abc", Files.readString(file));
    assertEquals(ABC + "  state.json\n", Files.readString(dir.resolve("state.json.sha256")));
    assertArrayEquals(bytes("abc"), ChecksummedFiles.read(file));
  }

  @Test
  void overwriteCommitsTheNewDigestOnly() throws IOException {
    Path file = dir.resolve("a.txt");
    ChecksummedFiles.writeString(file, "old");
    ChecksummedFiles.writeString(file, "abc");

    assertEquals(ABC + "  a.txt\n", Files.readString(ChecksummedFiles.checksumFile(file)));
    assertArrayEquals(bytes("abc"), ChecksummedFiles.read(file));
  }

  @Test
  void truncatedFileIsDamagedNamingIt() throws IOException {
    Path file = dir.resolve("a.txt");
    ChecksummedFiles.writeString(file, "0123456789");
    Files.writeString(file, "01234");

    CorruptFileException e =
        assertThrows(CorruptFileException.class, () -> ChecksummedFiles.read(file));

    assertTrue(e.getMessage().startsWith(file + ": damaged: its SHA-256 "), e.getMessage());
    assertTrue(e.getMessage().contains("(5 bytes now)"), e.getMessage());
    assertEquals(Optional.of(file), e.file());
  }

  @Test
  void oneFlippedBitIsDamage() throws IOException {
    Path file = dir.resolve("a.txt");
    ChecksummedFiles.writeString(file, "{\"round\": 3}");
    byte[] content = Files.readAllBytes(file);
    content[10] ^= 1;
    Files.write(file, content);

    assertThrows(CorruptFileException.class, () -> ChecksummedFiles.read(file));
  }

  @Test
  void deletedFileWhoseSidecarRecordsItIsAnErrorNotAbsence() throws IOException {
    Path file = dir.resolve("a.txt");
    ChecksummedFiles.writeString(file, "abc");
    Files.delete(file);

    CorruptFileException e =
        assertThrows(CorruptFileException.class, () -> ChecksummedFiles.readIfWritten(file));

    assertEquals(
        file + ": missing, although a.txt.sha256 records it; it was deleted", e.getMessage());
  }

  @Test
  void neverWrittenFileIsAbsent() throws IOException {
    Path file = dir.resolve("a.txt");

    assertEquals(Optional.empty(), ChecksummedFiles.readIfWritten(file));
    assertThrows(NoSuchFileException.class, () -> ChecksummedFiles.read(file));
  }

  @Test
  void fileWithoutSidecarIsReadUncheckedAsBeforeChecksums() throws IOException {
    Path file = dir.resolve("vocabulary.txt");
    Files.writeString(file, "legacy");

    assertArrayEquals(bytes("legacy"), ChecksummedFiles.read(file));
  }

  @Test
  void damagedSidecarIsNamed() throws IOException {
    Path file = dir.resolve("a.txt");
    ChecksummedFiles.writeString(file, "abc");
    Path sidecar = ChecksummedFiles.checksumFile(file);
    Files.writeString(sidecar, ABC.substring(0, 30));

    CorruptFileException e =
        assertThrows(CorruptFileException.class, () -> ChecksummedFiles.read(file));

    assertEquals(Optional.of(sidecar), e.file());
  }

  /** A crash after the pending digest is recorded, before the rename: the old file is valid. */
  @Test
  void failureBeforeTheRenameKeepsTheOldVersionValid() throws IOException {
    Path file = dir.resolve("a.txt");
    ChecksummedFiles.writeString(file, "old");
    try (var disk = WriteFaults.inject(WriteFaults.noSpaceFor(p -> p.equals(file)))) {
      WriteFailedException e =
          assertThrows(WriteFailedException.class, () -> ChecksummedFiles.writeString(file, "new"));
      assertEquals(
          "cannot write " + file + ": No space left on device; the previous version is kept",
          e.getMessage());
    }

    assertTrue(Files.readString(ChecksummedFiles.checksumFile(file)).contains("# pending "));
    assertArrayEquals(bytes("old"), ChecksummedFiles.read(file));
    ChecksummedFiles.writeString(file, "abc");
    assertArrayEquals(bytes("abc"), ChecksummedFiles.read(file));
  }

  /** A crash after the rename, before the digest is committed: the new file is valid. */
  @Test
  void failureBeforeTheCommitKeepsTheNewVersionValid() throws IOException {
    Path file = dir.resolve("a.txt");
    Path sidecar = ChecksummedFiles.checksumFile(file);
    ChecksummedFiles.writeString(file, "old");
    AtomicInteger sidecarWrites = new AtomicInteger();
    WriteFaults.Fault secondSidecarWrite =
        p -> {
          if (p.equals(sidecar) && sidecarWrites.incrementAndGet() == 2) {
            throw new IOException("No space left on device");
          }
        };
    try (var disk = WriteFaults.inject(secondSidecarWrite)) {
      assertThrows(WriteFailedException.class, () -> ChecksummedFiles.writeString(file, "new"));
    }

    assertEquals("new", Files.readString(file));
    assertArrayEquals(bytes("new"), ChecksummedFiles.read(file));
  }

  /** The first write of a file fails before its rename: no file, and no error on read. */
  @Test
  void failedFirstWriteLeavesNoFileAndNoFalseDamage() throws IOException {
    Path file = dir.resolve("a.txt");
    try (var disk = WriteFaults.inject(WriteFaults.noSpaceFor(p -> p.equals(file)))) {
      WriteFailedException e =
          assertThrows(WriteFailedException.class, () -> ChecksummedFiles.writeString(file, "x"));
      assertTrue(e.getMessage().endsWith("; nothing was written"), e.getMessage());
    }

    assertEquals(Optional.empty(), ChecksummedFiles.readIfWritten(file));
  }

  /** A damaged file is not vouched for again as the "previous version" by the next write. */
  @Test
  void damagedFileIsNotRecordedAsPreviousVersion() throws IOException {
    Path file = dir.resolve("a.txt");
    ChecksummedFiles.writeString(file, "good");
    Files.writeString(file, "bad");
    try (var disk = WriteFaults.inject(WriteFaults.noSpaceFor(p -> p.equals(file)))) {
      assertThrows(WriteFailedException.class, () -> ChecksummedFiles.writeString(file, "new"));
    }

    assertThrows(CorruptFileException.class, () -> ChecksummedFiles.read(file));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
