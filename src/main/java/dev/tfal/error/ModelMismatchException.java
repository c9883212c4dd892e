package dev.tfal.error;

/** A saved model, checkpoint or vocabulary that does not fit what is asked of it. */
public class ModelMismatchException extends TfalException {
  public ModelMismatchException(String message) {
    super(message);
  }
}
