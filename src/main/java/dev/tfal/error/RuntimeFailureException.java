package dev.tfal.error;

/** TensorFlow failed while running a step; the message says which step. */
public class RuntimeFailureException extends TfalException {
  public RuntimeFailureException(String step, Throwable cause) {
    super(step + " failed: " + cause.getMessage(), cause);
  }

  public RuntimeFailureException(String message) {
    super(message);
  }
}
