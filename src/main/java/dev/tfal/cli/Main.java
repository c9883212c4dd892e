package dev.tfal.cli;

/** Entry point of the {@code tfal} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    InterruptHandler interrupts = new InterruptHandler(System.err);
    interrupts.install();
    int code = TfalCommand.create(Environment.system(interrupts::setHint)).execute(args);
    System.exit(code);
  }
}
