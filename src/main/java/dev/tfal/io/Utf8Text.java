package dev.tfal.io;

import dev.tfal.error.DataFormatException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Strict UTF-8 decoding that reports the line and byte offset of the first invalid byte. */
public final class Utf8Text {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Utf8Text() {}

  /**
   * Decodes {@code bytes}, dropping a leading byte order mark.
   *
   * @param origin the file the bytes came from, named in the error
   * @throws DataFormatException if the bytes are not valid UTF-8
   */
  public static String decode(byte[] bytes, Path origin) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new DataFormatException(
          origin,
          lineOf(bytes, offset),
          "invalid UTF-8 at byte offset " + offset + "; the file must be UTF-8 encoded");
    }
    out.flip();
    if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
      out.position(1);
    }
    return out.toString();
  }

  private static long lineOf(byte[] bytes, int offset) {
    long line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
