package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.data.Example;
import dev.tfal.data.fuzz.FuzzCheck;
import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutated filled query files import or fail with a data error naming the file, nothing else. */
class LabelFileFuzzTest {
  private static final Set<String> ASKED = Set.of("a", "b", "c", "d");

  @TempDir Path tmp;

  @Test
  void mutatedFilledFilesImportOrFailWithADataError() throws IOException {
    Path written = tmp.resolve("written.csv");
    LabelFile.write(
        written,
        List.of(
            new Example("a", "Plain", 1),
            new Example("b", "Quoted, \"with\" commas\nand a line break", 0),
            new Example("c", "caf\u00e9", 1),
            new Example("d", "", 0)));
    byte[] filled =
        Files.readString(written)
            .replace("Plain,\n", "Plain,pos\n")
            .replace("break\",\n", "break\",neg\n")
            .replace("caf\u00e9,\n", "caf\u00e9, 1 \n")
            .replace("d,,\n", "d,,NEGATIVE\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(4, LabelFile.read(write("valid.csv", filled), ASKED, 3).size());

    FuzzCheck.check(
        tmp.resolve("fuzz.csv"), filled, 314L, 800, file -> LabelFile.read(file, ASKED, 3));
  }

  @Test
  void aDuplicateRowNamesBothLines() throws IOException {
    Path file =
        write(
            "dup.csv",
            "id,text,label\na,x,pos\nb,y,neg\na,x,neg\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    DataFormatException e =
        assertThrows(DataFormatException.class, () -> LabelFile.read(file, ASKED, 1));

    assertEquals(OptionalLong.of(4), e.line());
    assertEquals(
        file + ":4: duplicate id \"a\" (first on line 2); nothing was imported", e.getMessage());
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = tmp.resolve(name);
    Files.write(file, content);
    return file;
  }
}
