package dev.tfal.io;

import dev.tfal.error.TfalException;
import java.nio.file.Path;

/**
 * A run directory whose lock another tfal process (or another job in this one) holds. The command
 * line reports the message as one line and exits with status 2, as a usage error.
 */
public final class RunInUseException extends TfalException {
  private final Path runDir;

  public RunInUseException(Path runDir, Path lockFile) {
    super(
        runDir
            + " is in use by another tfal process (lock "
            + lockFile
            + "); wait for it to finish or choose another --out");
    this.runDir = runDir;
  }

  /** The directory that is in use. */
  public Path runDir() {
    return runDir;
  }
}
