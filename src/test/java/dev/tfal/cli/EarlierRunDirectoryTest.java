package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run directories written by the tfal before versioned records (src/test/resources/rundir: a learn
 * session and an interrupted train run of tfal 8e12b9a, with arguments.json and a display-only
 * config.json): {@code --resume} refuses them with exit code 3 and one line saying why and what to
 * do, and leaves them as they are.
 */
class EarlierRunDirectoryTest {
  @TempDir Path tmp;

  @Test
  void resumeRefusesADirectoryOfTheEarlierTfalInOneLine() throws Exception {
    TfalHome home = TfalHome.create(tmp);
    for (String command : List.of("learn", "train")) {
      Path run = RunFiles.copy(fixture("old-" + command), tmp.resolve("old-" + command));
      Map<String, Integer> before = RunFiles.fingerprint(run);

      Execution result = home.run(command, "--resume", run.toString());

      assertEquals(ExitCodes.BAD_INPUT, result.code(), result.describe());
      assertEquals(
          List.of(
              "tfal "
                  + command
                  + ": "
                  + run
                  + ": written by an earlier tfal, which kept the command's arguments in"
                  + " arguments.json instead of a versioned config.json; this tfal neither resumes"
                  + " nor reuses it: finish it with the tfal that started it, or start again in a"
                  + " new directory",
              "Try 'tfal " + command + " --help'"),
          result.errLines());
      assertFalse(result.hasStackTrace(), result.describe());
      assertEquals(before, RunFiles.fingerprint(run), command + " changed the old directory");
      assertTrue(Files.isRegularFile(run.resolve("arguments.json")));
    }
  }

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(EarlierRunDirectoryTest.class.getResource("/rundir/" + name).toURI());
  }
}
