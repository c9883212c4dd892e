package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitIdsTest {
  @TempDir Path tmp;

  private final List<Example> all = Fixtures.examples(8, 8);

  @Test
  void writesOneIdPerLineAndReadsTheSplitsBack() throws IOException {
    Splits splits = StratifiedSplitter.split(all, new SplitSizes(2, 2, 4), 11);
    SplitIds.write(tmp, splits);
    Path validation = tmp.resolve("splits/validation.txt");
    assertEquals(SplitIds.file(tmp, SplitName.VALIDATION), validation);
    assertEquals(
        splits.validation().stream().map(Example::id).toList(), Files.readAllLines(validation));
    try (var files = Files.list(tmp.resolve("splits"))) {
      assertEquals(
          List.of(
              "initial.txt",
              "initial.txt.sha256",
              "pool.txt",
              "pool.txt.sha256",
              "test.txt",
              "test.txt.sha256",
              "validation.txt",
              "validation.txt.sha256"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(splits, SplitIds.readAll(tmp, all));
    assertEquals(splits.pool(), SplitIds.read(tmp.resolve("splits/pool.txt"), all));
  }

  @Test
  void unknownIdNamesFileAndLine() throws IOException {
    Path file = Files.writeString(tmp.resolve("ids.txt"), "n1\n\np3\nzz\n");
    DataFormatException e = assertThrows(DataFormatException.class, () -> SplitIds.read(file, all));
    assertEquals(
        file
            + ":4: unknown id \"zz\": no example of the dataset has it; was the split"
            + " written for other data?",
        e.getMessage());
  }

  @Test
  void repeatedIdIsAnError() throws IOException {
    Path file = Files.writeString(tmp.resolve("ids.txt"), "n1\np3\nn1\n");
    assertEquals(
        file + ":3: id \"n1\" is listed twice",
        assertThrows(DataFormatException.class, () -> SplitIds.read(file, all)).getMessage());
  }
}
