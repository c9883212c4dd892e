package dev.tfal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class JsonLineCrcTest {
  private static final String ENTRY =
      "{\"id\":\"r7\",\"label\":1,\"round\":2,\"oracle\":\"files\"}";

  @Test
  void crc32cIsTheCastagnoliChecksum() {
    CRC32C crc = new CRC32C();
    crc.update("123456789".getBytes(StandardCharsets.US_ASCII));
    assertEquals(0xE3069283L, crc.getValue(), "RFC 3720 check value");
  }

  @Test
  void sealAppendsTheCrcOfTheEntryAsLastField() {
    CRC32C crc = new CRC32C();
    crc.update(ENTRY.getBytes(StandardCharsets.UTF_8));
    String expected =
        ENTRY.substring(0, ENTRY.length() - 1)
            + String.format(",\"crc\":\"%08x\"}", crc.getValue());

    assertEquals(expected, JsonLineCrc.seal(ENTRY));
    assertEquals(Optional.of(ENTRY), JsonLineCrc.open(JsonLineCrc.seal(ENTRY)));
    assertTrue(JsonLineCrc.hasChecksum(JsonLineCrc.seal(ENTRY)));
  }

  @Test
  void lineWithoutCrcIsReturnedAsItIs() {
    assertEquals(Optional.of(ENTRY), JsonLineCrc.open(ENTRY));
    assertFalse(JsonLineCrc.hasChecksum(ENTRY));
  }

  /** Every single-bit flip of a sealed line fails the check or removes the crc field's shape. */
  @Test
  void everyFlippedBitIsCaught() {
    String sealed = JsonLineCrc.seal(ENTRY);
    for (int i = 0; i < sealed.length(); i++) {
      for (int bit = 0; bit < 7; bit++) {
        char[] chars = sealed.toCharArray();
        chars[i] ^= (char) (1 << bit);
        String damaged = new String(chars);
        Optional<String> opened = JsonLineCrc.open(damaged);
        if (opened.isPresent()) {
          assertFalse(JsonLineCrc.hasChecksum(damaged), "flip at " + i + " passed: " + damaged);
          assertNotEquals(ENTRY, opened.get());
        }
      }
    }
  }

  @Test
  void sealRefusesWhatIsNotAOneLineObject() {
    assertThrows(IllegalArgumentException.class, () -> JsonLineCrc.seal("[1]"));
    assertThrows(IllegalArgumentException.class, () -> JsonLineCrc.seal("{}"));
  }
}
