package dev.tfal.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A bad command line: one line saying what is wrong, a pointer to --help, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException error, String[] args) {
    CommandLine command = error.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(name + ": " + error.getMessage());
    command.getErr().println("Try '" + name + " --help'");
    command.getErr().flush();
    return ExitCodes.USAGE;
  }
}
