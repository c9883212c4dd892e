package dev.tfal.cli;

import dev.tfal.error.UsageException;
import dev.tfal.rundir.RunConfig;
import dev.tfal.rundir.RunConfigFile;
import dev.tfal.rundir.RunDirectory;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code --resume RUN} continues with: the record the run was started with (its {@code
 * config.json}), never options given now.
 */
final class Resumption {
  /** Options that may stand beside {@code --resume}: they change no setting of the run. */
  private static final List<String> ALLOWED = List.of("--resume", "--json", "--stacktrace");

  private Resumption() {}

  /**
   * The record of the run in {@code dir}, which {@code command} must have started; logged as
   * "Resuming DIR (command on data, seed; ...)".
   *
   * @param spec the resuming command, whose other options are refused
   * @param what what the command calls a run ("run", "session"), for the messages
   * @throws UsageException naming every option given beside {@code --resume}, or if {@code dir} is
   *     missing or holds another command's run
   */
  static RunConfig read(
      CommandSpec spec, Path dir, RunConfig.Command command, String what, PrintStream log)
      throws IOException {
    refuseOtherOptions(spec, what);
    if (!Files.isDirectory(dir)) {
      throw new UsageException("--resume " + dir + ": no such run directory");
    }
    RunConfig saved = RunConfigFile.read(new RunDirectory(dir));
    if (saved.command() != command) {
      String other = saved.command().label();
      throw new UsageException(
          dir
              + " holds a tfal "
              + other
              + " run; continue it with ./tfal "
              + other
              + " --resume "
              + dir);
    }
    log.println(
        "Resuming "
            + dir
            + " ("
            + saved.command().label()
            + " on "
            + saved.dataSourceAsGiven()
            + ", seed "
            + saved.data().seed()
            + "; every setting from its config.json)");
    return saved;
  }

  private static void refuseOtherOptions(CommandSpec spec, String what) {
    List<String> extra =
        spec.commandLine().getParseResult().matchedOptions().stream()
            .map(option -> option.longestName())
            .filter(name -> !ALLOWED.contains(name))
            .toList();
    if (!extra.isEmpty()) {
      throw new UsageException(
          "--resume continues with the settings the "
              + what
              + " was started with (its config.json); drop "
              + String.join(", ", extra));
    }
  }
}
