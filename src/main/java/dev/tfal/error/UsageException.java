package dev.tfal.error;

/**
 * A command line tfal refuses: a bad option value, options that do not go together, or an output
 * directory the request does not fit. The message says what is wrong and names the option; the
 * command line exits with status 2. Thrown where the user's request is judged (the command line
 * layer, or a service refusing the run directory it was pointed to), never for a broken invariant.
 */
public class UsageException extends TfalException {
  public UsageException(String message) {
    super(message);
  }

  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
