package dev.tfal.error;

import java.nio.file.Path;

/**
 * A file tfal wrote earlier that is damaged: truncated, altered, or deleted while its checksum
 * record remains. The message names the file and says what does not match. Bad input data to the
 * command line (exit code 3), never mistaken for a complete file.
 */
public class CorruptFileException extends DataFormatException {
  public CorruptFileException(Path file, String problem) {
    super(file, problem);
  }

  public CorruptFileException(Path file, long line, String problem) {
    super(file, line, problem);
  }
}
