package dev.tfal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.CorruptFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a digest, a checksum file and a sealed journal line, at the edges. */
class ChecksumLineFormatTest {
  private static final String DIGEST = "ab".repeat(32);

  @TempDir Path tmp;

  @Test
  void aDigestIsExactlySixtyFourHexDigits() {
    assertTrue(Sha256.isDigest(DIGEST));
    assertTrue(Sha256.isDigest("0123456789ABCDEF".repeat(4)));
    assertFalse(Sha256.isDigest(DIGEST.substring(1)));
    assertFalse(Sha256.isDigest(DIGEST + "a"));
    assertFalse(Sha256.isDigest("g" + DIGEST.substring(1)));
  }

  /** FIPS 180-2's test vectors: the empty message and "abc". */
  @Test
  void digestsOfKnownContent() throws IOException {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        Sha256.of(Files.write(tmp.resolve("empty"), new byte[0])));
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Sha256.of(Files.writeString(tmp.resolve("abc"), "abc")));
  }

  @Test
  void aDamagedChecksumLineIsNamedByItsLineNumber() {
    Path sidecar = tmp.resolve("a.json.sha256");
    CorruptFileException first =
        assertThrows(
            CorruptFileException.class, () -> ChecksumRecord.parse("garbage\n", sidecar, "a.json"));
    assertEquals(OptionalLong.of(1), first.line());
    String good = DIGEST + "  a.json\n";
    CorruptFileException second =
        assertThrows(
            CorruptFileException.class,
            () -> ChecksumRecord.parse(good + DIGEST + "  b.json\n", sidecar, "a.json"));
    assertEquals(OptionalLong.of(2), second.line());
    assertEquals(
        sidecar + ":2: damaged checksum file: expected '<sha256>  a.json'", second.getMessage());
  }

  @Test
  void aCommittedAndAPendingDigestParseBack() {
    String pending = "cd".repeat(32);
    ChecksumRecord record = ChecksumRecord.committed(DIGEST).withPending(pending);
    ChecksumRecord parsed =
        ChecksumRecord.parse(record.format("a.json"), tmp.resolve("s"), "a.json");
    assertEquals(new ChecksumRecord(Optional.of(DIGEST), Optional.of(pending)), parsed);
    assertTrue(parsed.accepts(pending));
    assertFalse(parsed.accepts("ef".repeat(32)));
  }

  @Test
  void aLineThatIsOnlyTheChecksumFieldIsNotSealed() {
    String field = ",\"crc\":\"00000000\"}";
    assertFalse(JsonLineCrc.hasChecksum(field));
    assertEquals(Optional.of(field), JsonLineCrc.open(field));
    String sealed = JsonLineCrc.seal("{\"a\":1}");
    assertTrue(JsonLineCrc.hasChecksum(sealed));
    assertEquals(Optional.of("{\"a\":1}"), JsonLineCrc.open(sealed));
  }
}
