package dev.tfal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.error.DataFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strict streamed UTF-8: the text as a whole-file decode gives it, the first bad byte located. */
class Utf8ReaderTest {
  private static final Path SOURCE = Path.of("input.txt");

  @Test
  void decodesMultiByteCharactersSplitAcrossReadsAndBuffers() throws IOException {
    String text = mixedText(30_000, new Random(7));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertEquals(text, readAll(new ByteArrayInputStream(bytes)));
    assertEquals(text, readAll(new Trickle(bytes)));
  }

  @Test
  void dropsALeadingByteOrderMarkOnly() throws IOException {
    byte[] bytes = "\uFEFFid,text\n\uFEFF".getBytes(StandardCharsets.UTF_8);

    assertEquals("id,text\n\uFEFF", readAll(new Trickle(bytes)));
    assertEquals("", readAll(new ByteArrayInputStream(new byte[0])));
  }

  @Test
  void theFirstInvalidByteIsBadInputWithItsLineAndOffset() {
    String head = mixedText(20_000, new Random(3)) + "\nlast é line ";
    byte[] valid = head.getBytes(StandardCharsets.UTF_8);
    long lines = head.chars().filter(c -> c == '\n').count();
    byte[] bytes = Arrays.copyOf(valid, valid.length + 3);
    bytes[valid.length] = (byte) 0xE9; // Latin-1 é
    bytes[valid.length + 1] = 'x';
    bytes[valid.length + 2] = '\n';

    for (InputStream in : new InputStream[] {new ByteArrayInputStream(bytes), new Trickle(bytes)}) {
      DataFormatException e = assertThrows(DataFormatException.class, () -> readAll(in));
      assertEquals(
          SOURCE
              + ":"
              + (lines + 1)
              + ": invalid UTF-8 at byte offset "
              + valid.length
              + "; the input must be UTF-8 encoded",
          e.getMessage());
    }
  }

  @Test
  void aTruncatedSequenceAtTheEndIsInvalid() {
    byte[] bytes = {'o', 'k', '\n', (byte) 0xE2, (byte) 0x82};

    DataFormatException e =
        assertThrows(DataFormatException.class, () -> readAll(new ByteArrayInputStream(bytes)));
    assertEquals(2, e.line().orElseThrow());
  }

  private static String readAll(InputStream in) throws IOException {
    StringWriter out = new StringWriter();
    try (Reader reader = new Utf8Reader(in, SOURCE)) {
      char[] buffer = new char[1000];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        out.write(buffer, 0, n);
      }
    }
    return out.toString();
  }

  /** Lines of ASCII, two-, three- and four-byte characters. */
  private static String mixedText(int chars, Random random) {
    String[] pieces = {"a", "Z", " ", "\n", "é", "ß", "€", "中", "😀", "\r\n"};
    StringBuilder text = new StringBuilder();
    while (text.length() < chars) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  /** A stream that hands out one to three bytes per read, as a pipe may. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private int next;

    Trickle(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return next < bytes.length ? bytes[next++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int off, int len) {
      if (next >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + next % 3), bytes.length - next);
      System.arraycopy(bytes, next, into, off, n);
      next += n;
      return n;
    }
  }
}
