package dev.tfal.cli;

/** Entry point of the {@code tfal} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    int code = TfalCommand.create(Environment.system()).execute(args);
    System.exit(code);
  }
}
