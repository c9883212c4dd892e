package dev.tfal.io;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * JSON Lines entries that carry a CRC32C of their own bytes as their last field, {@code "crc":"<8
 * hex digits>"}, so that a damaged line in the middle of an append-only file is told apart from a
 * valid one. The checksum covers the UTF-8 bytes of the entry without the field: {@code
 * {"id":"a","label":1}} is stored as {@code {"id":"a","label":1,"crc":"<CRC32C of the former>"}}.
 * Entries without the field (files written before it existed) are returned unchecked; any JSON
 * reader that ignores unknown fields reads sealed entries as they are.
 */
public final class JsonLineCrc {
  private static final String FIELD = ",\"crc\":\"";
  private static final int SUFFIX_LENGTH = FIELD.length() + 8 + 2;

  private JsonLineCrc() {}

  /**
   * {@code json}, a one-line JSON object with at least one field, with its checksum field added.
   */
  public static String seal(String json) {
    if (!json.startsWith("{") || !json.endsWith("}") || json.length() < 3) {
      throw new IllegalArgumentException("not a non-empty one-line JSON object: " + json);
    }
    return json.substring(0, json.length() - 1) + FIELD + crc(json) + "\"}";
  }

  /**
   * The entry of a line without its checksum field; empty if the line has a checksum field that
   * does not match. A line without the field is returned as it is.
   */
  public static Optional<String> open(String line) {
    if (!hasChecksum(line)) {
      return Optional.of(line);
    }
    int start = line.length() - SUFFIX_LENGTH;
    String entry = line.substring(0, start) + "}";
    String stored = line.substring(start + FIELD.length(), line.length() - 2);
    return stored.equals(crc(entry)) ? Optional.of(entry) : Optional.empty();
  }

  /** Whether {@code line} ends with a checksum field (whether or not it matches). */
  public static boolean hasChecksum(String line) {
    return line.length() > SUFFIX_LENGTH
        && line.endsWith("\"}")
        && line.startsWith(FIELD, line.length() - SUFFIX_LENGTH);
  }

  private static String crc(String entry) {
    CRC32C crc = new CRC32C();
    crc.update(entry.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }
}
