package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.Example;
import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query file of the files oracle: written with an empty label column, read all or nothing. */
class LabelFileTest {
  private static final Set<String> ASKED = Set.of("a", "b", "c");

  @TempDir Path tmp;

  @Test
  void writesHeaderAndOneRowPerQueryWithAnEmptyLabel() throws IOException {
    Path file = tmp.resolve("queries-round-2.csv");
    LabelFile.write(
        file,
        List.of(
            new Example("a", "Plain text", 1),
            new Example("b", "Quoted, \"with\" commas\nand a line break", 0)));

    assertEquals(
        "id,text,label\n"
            + "a,Plain text,\n"
            + "b,\"Quoted, \"\"with\"\" commas\nand a line break\",\n",
        Files.readString(file));
  }

  @Test
  void readsEveryLabelSpellingTrimmedAndInAnyCase() throws IOException {
    Path file = csv("id,text,label\na,x, Pos \nb,y,negative\nc,z,1\n");

    List<LabelRecord> answers = LabelFile.read(file, ASKED, 2);

    assertEquals(
        List.of(
            new LabelRecord("a", 1, 2, "files"),
            new LabelRecord("b", 0, 2, "files"),
            new LabelRecord("c", 1, 2, "files")),
        answers);
  }

  @Test
  void acceptsWhatSpreadsheetsWriteAByteOrderMarkCrlfAndOtherColumnOrders() throws IOException {
    Path file = csv("\uFEFFLabel,ID\r\nneg,b\r\n0,a\r\n");

    List<LabelRecord> answers = LabelFile.read(file, ASKED, 1);

    assertEquals(
        List.of(new LabelRecord("b", 0, 1, "files"), new LabelRecord("a", 0, 1, "files")), answers);
  }

  @Test
  void deletedRowsAreSkippedQueries() throws IOException {
    Path file = csv("id,text,label\nb,y,pos\n");

    assertEquals(List.of(new LabelRecord("b", 1, 1, "files")), LabelFile.read(file, ASKED, 1));
  }

  @Test
  void unknownIdNamesTheLine() throws IOException {
    Path file = csv("id,text,label\na,x,pos\nzz,y,neg\n");

    DataFormatException error = bad(file);

    assertEquals(
        file
            + ":3: unknown id \"zz\": round 1 did not ask for it (ids must stay as "
            + "written); nothing was imported",
        error.getMessage());
    assertEquals(OptionalLong.of(3), error.line());
  }

  @Test
  void unknownLabelNamesTheLineAndTheAcceptedValues() throws IOException {
    Path file = csv("id,text,label\na,x,pos\nb,y,maybe\n");

    assertEquals(
        file
            + ":3: unknown label \"maybe\" for \"b\"; accepted: 0, 1, neg, pos, "
            + "negative, positive (any case); nothing was imported",
        bad(file).getMessage());
  }

  @Test
  void emptyLabelSaysHowToSkipAQuery() throws IOException {
    Path file = csv("id,text,label\na,x,\nb,y,pos\n");

    assertEquals(
        file
            + ":2: no label for \"a\": write pos or neg (or 1/0) in the label column; "
            + "to skip this query, delete its row; nothing was imported",
        bad(file).getMessage());
  }

  @Test
  void rowWithoutTheLabelFieldIsAMissingLabel() throws IOException {
    Path file = csv("id,text,label\na,x\n");

    assertTrue(bad(file).getMessage().startsWith(file + ":2: no label for \"a\""));
  }

  @Test
  void duplicateIdNamesBothLines() throws IOException {
    Path file = csv("id,text,label\na,x,pos\nb,y,neg\na,x,neg\n");

    assertEquals(
        file + ":4: duplicate id \"a\" (first on line 2); nothing was imported",
        bad(file).getMessage());
  }

  @Test
  void linesCountTheLineBreaksInsideQuotedTexts() throws IOException {
    Path file = csv("id,text,label\na,\"two\nlines\",pos\nb,\"three\n\nlines\",sure\n");

    assertTrue(bad(file).getMessage().startsWith(file + ":4: unknown label \"sure\""));
  }

  @Test
  void everyBadRowIsCountedAndTheFirstDescribed() throws IOException {
    Path file = csv("id,text,label\na,x,\nb,y,maybe\nc,z,pos\nzz,w,pos\n");

    DataFormatException error = bad(file);

    assertEquals(OptionalLong.of(2), error.line());
    assertTrue(
        error.getMessage().contains("(and 2 more bad rows on lines 3, 5)"), error.getMessage());
  }

  @Test
  void aFileWithoutRowsIsAnError() throws IOException {
    Path file = csv("id,text,label\n");

    assertEquals(
        file
            + ": no rows left to import: label at least one query (delete only the "
            + "rows you want to skip)",
        bad(file).getMessage());
  }

  @Test
  void missingLabelColumnIsAHeaderError() throws IOException {
    Path file = csv("id,text\na,x\n");

    assertTrue(bad(file).getMessage().startsWith(file + ":1: missing column \"label\""));
  }

  @Test
  void invalidUtf8IsAnError() throws IOException {
    Path file = tmp.resolve("latin1.csv");
    Files.write(file, "id,text,label\na,caf\u00e9,pos\n".getBytes(StandardCharsets.ISO_8859_1));

    assertEquals(
        file + ":2: invalid UTF-8 at byte offset 19; the file must be UTF-8 encoded",
        bad(file).getMessage());
  }

  private DataFormatException bad(Path file) {
    return assertThrows(DataFormatException.class, () -> LabelFile.read(file, ASKED, 1));
  }

  private Path csv(String content) throws IOException {
    return Files.writeString(tmp.resolve("queries.csv"), content);
  }
}
