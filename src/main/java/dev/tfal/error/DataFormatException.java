package dev.tfal.error;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Input data that cannot be used: a malformed row, an unknown label, a dataset too small for the
 * requested splits. The message names the file and, where there is one, the line.
 */
public class DataFormatException extends TfalException {
  private final Path file;
  private final long line;

  public DataFormatException(Path file, long line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public DataFormatException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.line = -1;
  }

  public DataFormatException(String problem) {
    super(problem);
    this.file = null;
    this.line = -1;
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  public OptionalLong line() {
    return line < 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }
}
