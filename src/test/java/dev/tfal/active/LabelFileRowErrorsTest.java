package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a filled query file's bad rows are reported: the first described, the others counted. */
class LabelFileRowErrorsTest {
  private static final Set<String> ASKED =
      IntStream.range(0, 20).mapToObj(i -> "r" + i).collect(Collectors.toSet());

  @TempDir Path tmp;

  @Test
  void aRowWithABlankIdSaysSoRatherThanUnknownId() throws IOException {
    Path file = csv("id,text,label\n  ,x,pos\nr1,y,neg\n");
    DataFormatException error = bad(file);
    assertEquals(
        file + ":2: no id: ids must stay as written; nothing was imported", error.getMessage());
    assertEquals(OptionalLong.of(2), error.line());
  }

  @Test
  void oneMoreBadRowIsSingular() throws IOException {
    Path file = csv("id,text,label\nr0,x,\nr1,y,maybe\nr2,z,pos\n");
    assertEquals(
        file
            + ":2: no label for \"r0\": write pos or neg (or 1/0) in the label column; "
            + "to skip this query, delete its row (and 1 more bad row on line 3); "
            + "nothing was imported",
        bad(file).getMessage());
  }

  /** Rows 2..13 are twelve unlabelled rows: the first is described, ten more listed, one elided. */
  @Test
  void beyondTenMoreBadRowsTheListEndsWithAnEllipsis() throws IOException {
    String rows =
        IntStream.range(0, 12).mapToObj(i -> "r" + i + ",t,\n").collect(Collectors.joining());
    Path file = csv("id,text,label\n" + rows);
    assertEquals(
        file
            + ":2: no label for \"r0\": write pos or neg (or 1/0) in the label column; "
            + "to skip this query, delete its row (and 11 more bad rows on lines "
            + "3, 4, 5, 6, 7, 8, 9, 10, 11, 12, ...); nothing was imported",
        bad(file).getMessage());
  }

  /** Exactly ten more bad rows are all listed, without an ellipsis. */
  @Test
  void tenMoreBadRowsAreListedInFull() throws IOException {
    String rows =
        IntStream.range(0, 11).mapToObj(i -> "r" + i + ",t,\n").collect(Collectors.joining());
    Path file = csv("id,text,label\n" + rows);
    assertEquals(
        file
            + ":2: no label for \"r0\": write pos or neg (or 1/0) in the label column; "
            + "to skip this query, delete its row (and 10 more bad rows on lines "
            + "3, 4, 5, 6, 7, 8, 9, 10, 11, 12); nothing was imported",
        bad(file).getMessage());
  }

  @Test
  void goodRowsAfterBadOnesAreNotImported() throws IOException {
    Path file = csv("id,text,label\nr0,x,sure\nr1,y,pos\n");
    bad(file);
    assertEquals(
        List.of(new LabelRecord("r1", 1, 4, "files")),
        LabelFile.read(csv("id,text,label\nr1,y,pos\n"), ASKED, 4));
  }

  private DataFormatException bad(Path file) {
    return assertThrows(DataFormatException.class, () -> LabelFile.read(file, ASKED, 1));
  }

  private Path csv(String content) throws IOException {
    return Files.writeString(tmp.resolve("queries.csv"), content);
  }
}
