package dev.tfal.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirectoryTest {
  @TempDir Path tmp;

  @Test
  void createsMissingParentsAndAcceptsAnEmptyDirectory() throws IOException {
    Path nested = tmp.resolve("runs").resolve("a");
    assertEquals(nested, RunDirectory.create(nested).root());
    assertTrue(Files.isDirectory(nested));
    assertEquals(nested, RunDirectory.create(nested).root());
  }

  @Test
  void refusesADirectoryWithContent() throws IOException {
    Files.writeString(tmp.resolve("history.csv"), "epoch\n");

    UsageException e = assertThrows(UsageException.class, () -> RunDirectory.create(tmp));

    assertEquals(
        "output directory " + tmp + " already exists and is not empty; choose another " + "--out",
        e.getMessage());
    assertEquals("epoch\n", Files.readString(tmp.resolve("history.csv")));
  }

  @Test
  void acceptsADirectoryHoldingOnlyALeftLockFile() throws IOException {
    // What a process killed between creating the directory and writing into it leaves.
    Files.writeString(tmp.resolve(dev.tfal.io.RunLock.FILE_NAME), "owner\n");
    assertEquals(tmp, RunDirectory.create(tmp).root());
  }

  @Test
  void refusesAFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("run"), "x");

    UsageException e = assertThrows(UsageException.class, () -> RunDirectory.requireUnused(file));

    assertEquals("output " + file + " exists and is not a directory", e.getMessage());
  }

  @Test
  void namesTheFilesOfARun() {
    RunDirectory dir = new RunDirectory(tmp);
    assertEquals(tmp.resolve("best"), dir.best());
    assertEquals(tmp.resolve("metrics.json"), dir.metrics());
    assertEquals(tmp.resolve("history.csv"), dir.history());
    assertEquals(tmp.resolve("train-state.bin"), dir.trainState());
    assertEquals(tmp.resolve("config.json"), dir.config());
    assertEquals(tmp.resolve("arguments.json"), dir.legacyArguments());
  }
}
