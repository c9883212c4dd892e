package dev.tfal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;

/** Bridges picocli's writers to the print streams the services log to. */
final class Streams {
  private Streams() {}

  /** A UTF-8 stream that writes through to {@code writer}, flushing on every line. */
  static PrintStream printStream(PrintWriter writer) {
    try {
      WriterOutputStream bytes =
          WriterOutputStream.builder()
              .setWriter(writer)
              .setCharset(StandardCharsets.UTF_8)
              .setWriteImmediately(true)
              .get();
      return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
