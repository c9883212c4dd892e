package dev.tfal.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A write that failed (a full disk, an I/O error) and left the previous version of its file in
 * place. The message names the file, the cause and what was kept.
 */
public final class WriteFailedException extends IOException {
  private final Path file;

  public WriteFailedException(Path file, String kept, IOException cause) {
    super("cannot write " + file + ": " + cause.getMessage() + "; " + kept, cause);
    this.file = file;
  }

  /** The file that could not be written. */
  public Path file() {
    return file;
  }
}
