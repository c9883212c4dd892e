package dev.tfal.io;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Strict UTF-8 decoding of a stream, as {@link Utf8Text} decodes a whole file: a leading byte order
 * mark is dropped, and the first invalid byte is a {@link DataFormatException} that names the
 * source, its line and its byte offset. Characters are handed on as soon as they are decoded, so
 * that a line typed on a terminal is read at once.
 */
public final class Utf8Reader extends Reader {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int BUFFER_BYTES = 8192;

  private final InputStream in;
  private final Path source;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
  private long offset;
  private long line = 1;
  private boolean end;
  private boolean started;

  /**
   * @param in the bytes; closed with this reader
   * @param source the file the bytes come from, named in the error
   */
  public Utf8Reader(InputStream in, Path source) {
    this.in = in;
    this.source = source;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, off, len);
    boolean more = true;
    while (more && out.position() == off) {
      more = decodeInto(out);
      if (!started && out.position() > off) {
        started = true;
        dropByteOrderMark(out, off);
      }
    }
    return out.position() == off ? -1 : out.position() - off;
  }

  /** Decodes what is buffered into {@code out}, then reads more if it was used up; false at end. */
  private boolean decodeInto(CharBuffer out) throws IOException {
    int before = bytes.position();
    CoderResult result = decoder.decode(bytes, out, end);
    count(before, bytes.position());
    if (result.isError()) {
      throw new DataFormatException(
          source,
          line,
          "invalid UTF-8 at byte offset " + offset + "; the input must be UTF-8 encoded");
    }
    if (result.isOverflow()) {
      return true;
    }
    if (end) {
      decoder.flush(out);
      return false;
    }
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      end = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
    return true;
  }

  private void count(int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes.get(i) == '\n') {
        line++;
      }
    }
    offset += to - from;
  }

  private static void dropByteOrderMark(CharBuffer out, int off) {
    char[] chars = out.array();
    if (chars[off] == BYTE_ORDER_MARK) {
      System.arraycopy(chars, off + 1, chars, off, out.position() - off - 1);
      out.position(out.position() - 1);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
