package dev.tfal.data.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded mutations of a valid input for fuzz tests: byte flips, truncation, deleted and duplicated
 * ranges, random bytes, and inserted fragments that parsers trip over (quotes, line breaks, NULs,
 * invalid UTF-8, byte order marks, JSON punctuation, delimiters, random header lines).
 */
public final class Mutator {
  private static final List<byte[]> FRAGMENTS =
      List.of(
          bytes("\""),
          bytes("\"\""),
          bytes("\n"),
          bytes("\r"),
          bytes("\r\n"),
          bytes("\0"),
          bytes(","),
          bytes("\t"),
          bytes(";"),
          bytes("{"),
          bytes("}"),
          bytes("["),
          bytes("]"),
          bytes(":"),
          bytes("\\"),
          bytes("\\u"),
          bytes("\uFEFF"),
          bytes("null"),
          bytes("1e999999"),
          bytes("-0"),
          bytes("\"id\":"),
          bytes("\"label\":\"pos\""),
          bytes("id,text,label\n"),
          bytes("label,label\n"),
          bytes("text\tlabel\tid\n"),
          bytes(",,,,,,\n"),
          bytes("../"),
          bytes("/"),
          bytes("pos"),
          bytes("neg"),
          bytes("\u00e9\u20ac\uD83D\uDE00"),
          new byte[] {(byte) 0xC3},
          new byte[] {(byte) 0xFF, (byte) 0xFE},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xE9});

  private final SplittableRandom random;

  public Mutator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A copy of {@code valid} with one to four random mutations applied. */
  public byte[] mutate(byte[] valid) {
    byte[] data = valid;
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      data = mutateOnce(data);
    }
    return data;
  }

  private byte[] mutateOnce(byte[] data) {
    switch (random.nextInt(7)) {
      case 0:
        return flip(data);
      case 1:
        return Arrays.copyOf(data, data.length == 0 ? 0 : random.nextInt(data.length));
      case 2:
        return deleteRange(data);
      case 3:
        return duplicateRange(data);
      case 4:
        return insert(data, randomBytes(1 + random.nextInt(16)));
      default:
        return insert(data, FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
  }

  private byte[] flip(byte[] data) {
    byte[] copy = data.clone();
    if (copy.length > 0) {
      int at = random.nextInt(copy.length);
      copy[at] = (byte) (copy[at] ^ (1 << random.nextInt(8)));
    }
    return copy;
  }

  private byte[] deleteRange(byte[] data) {
    if (data.length == 0) {
      return data;
    }
    int from = random.nextInt(data.length);
    int to = from + random.nextInt(Math.min(32, data.length - from) + 1);
    return concat(Arrays.copyOfRange(data, 0, from), Arrays.copyOfRange(data, to, data.length));
  }

  private byte[] duplicateRange(byte[] data) {
    if (data.length == 0) {
      return data;
    }
    int from = random.nextInt(data.length);
    int to = from + random.nextInt(data.length - from) + 1;
    return insert(data, Arrays.copyOfRange(data, from, to));
  }

  private byte[] insert(byte[] data, byte[] fragment) {
    int at = random.nextInt(data.length + 1);
    return concat(
        Arrays.copyOfRange(data, 0, at), fragment, Arrays.copyOfRange(data, at, data.length));
  }

  private byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code data} as printable text for an assertion message, cut to 400 characters. */
  public static String describe(byte[] data) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < data.length && text.length() < 400; i++) {
      int b = data[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F && b != '\\') {
        text.append((char) b);
      } else {
        text.append(String.format("\\x%02x", b));
      }
    }
    return text.length() >= 400 ? text + "... (" + data.length + " bytes)" : text.toString();
  }
}
