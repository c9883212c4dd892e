package dev.tfal.error;

/** Base of every domain failure tfal reports to its user; the message is shown as is. */
public class TfalException extends RuntimeException {
  public TfalException(String message) {
    super(message);
  }

  public TfalException(String message, Throwable cause) {
    super(message, cause);
  }
}
