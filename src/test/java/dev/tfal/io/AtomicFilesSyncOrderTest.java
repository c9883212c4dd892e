package dev.tfal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order of the durable steps of an atomic write, seen through {@link DiskSync}: the temporary
 * file is written, then forced, and only then renamed into place; the directory is forced after the
 * rename, so a power cut cannot keep the new name but lose its bytes, nor lose the rename.
 */
class AtomicFilesSyncOrderTest {
  @TempDir Path dir;

  @Test
  void aFileIsForcedBeforeItsRenameAndTheDirectoryAfterIt() throws IOException {
    Path file = dir.resolve("state.json");
    List<String> steps;
    try (DiskSyncLog log = new DiskSyncLog(dir)) {
      AtomicFiles.writeString(file, "{\"a\":1}");
      steps = log.entries();
    }
    String rename = steps.stream().filter(s -> s.startsWith("RENAME ")).findFirst().orElseThrow();
    String tmp = rename.substring("RENAME ".length(), rename.indexOf(" -> "));
    assertEquals("RENAME " + tmp + " -> state.json", rename);
    assertEquals(
        List.of("WRITE " + tmp, "FORCE " + tmp, rename, "SYNC_DIRECTORY ."),
        steps.stream().distinct().toList(),
        "steps of one atomic write: " + steps);
    assertEquals("{\"a\":1}", Files.readString(file));
  }

  @Test
  void moveAtomicallyForcesTheDirectoryAfterTheRename() throws IOException {
    Path part = Files.writeString(dir.resolve("data.tar.gz.part"), "bytes");
    try (DiskSyncLog log = new DiskSyncLog(dir)) {
      AtomicFiles.moveAtomically(part, dir.resolve("data.tar.gz"));
      assertEquals(
          List.of("RENAME data.tar.gz.part -> data.tar.gz", "SYNC_DIRECTORY ."), log.entries());
    }
  }

  @Test
  void aReplacedDirectoryHasEveryFileForcedBeforeItsRenameAndTheParentForcedAfter()
      throws IOException {
    Path target = dir.resolve("model");
    Files.createDirectories(target);
    Files.writeString(target.resolve("old.pb"), "old");
    Path staged = AtomicFiles.createStagingDirectory(target);
    Files.createDirectories(staged.resolve("variables"));
    Files.writeString(staged.resolve("saved_model.pb"), "graph");
    Files.writeString(staged.resolve("variables").resolve("variables.index"), "index");
    String stagedName = staged.getFileName().toString();
    try (DiskSyncLog log = new DiskSyncLog(dir)) {
      AtomicFiles.replaceDirectory(staged, target);
      int intoPlace = log.first("RENAME " + stagedName + " -> model");
      for (String forced :
          List.of(
              "FORCE " + stagedName + "/saved_model.pb",
              "FORCE " + stagedName + "/variables/variables.index",
              "SYNC_DIRECTORY " + stagedName + "/variables",
              "SYNC_DIRECTORY " + stagedName)) {
        assertTrue(log.first(forced) < intoPlace, forced + " before the rename: " + log.entries());
      }
      assertTrue(
          log.entries().lastIndexOf("SYNC_DIRECTORY .") > intoPlace,
          "parent forced after the rename: " + log.entries());
    }
    assertEquals("graph", Files.readString(target.resolve("saved_model.pb")));
  }
}
