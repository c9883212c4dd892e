package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.data.fuzz.FuzzCheck;
import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutated CSV and TSV files read or fail with a data error naming the file, nothing else. */
class DelimitedReaderFuzzTest {
  private static final int CASES = 600;
  private static final String CSV =
      "id,text,label\n"
          + "a,\"Great film, \"\"really\"\" good\",pos\n"
          + "b,Awful.,neg\n"
          + "c,\"two\nlines\",1\n"
          + "d,  spaced  ,0\n";
  private static final String TSV =
      "text\tlabel\tid\n" + "Great film\tpositive\ta\n" + "\"quoted\ttab\"\tNEG\tb\n";

  @TempDir Path tmp;

  @Test
  void mutatedCsvReadsOrFailsWithADataError() throws IOException {
    FuzzCheck.check(
        tmp.resolve("fuzz.csv"),
        CSV.getBytes(StandardCharsets.UTF_8),
        20261122L,
        CASES,
        file -> ExampleSource.read(file, ColumnSpec.defaults()));
  }

  @Test
  void mutatedTsvReadsOrFailsWithADataError() throws IOException {
    FuzzCheck.check(
        tmp.resolve("fuzz.tsv"),
        TSV.getBytes(StandardCharsets.UTF_8),
        7L,
        CASES,
        file -> ExampleSource.read(file, ColumnSpec.defaults()));
  }

  @Test
  void mutatedCsvWithoutIdColumnReadsOrFailsWithADataError() throws IOException {
    FuzzCheck.check(
        tmp.resolve("noid.csv"),
        "text,label\nfine,pos\nbad,neg\n".getBytes(StandardCharsets.UTF_8),
        99L,
        CASES,
        file -> DelimitedReader.csv(ColumnSpec.defaults()).read(file));
  }

  @Test
  void aTenMegabyteReviewReadsWhole() throws IOException {
    String review = "a".repeat(10 << 20);
    Path file = tmp.resolve("long.csv");
    Files.writeString(file, "id,text,label\nlong,\"" + review + "\",pos\nshort,ok,neg\n");

    List<Example> examples = DelimitedReader.csv(ColumnSpec.defaults()).read(file);

    assertEquals(2, examples.size());
    assertEquals(review.length(), examples.get(0).text().length());
    assertEquals("ok", examples.get(1).text());
  }

  @Test
  void aDuplicateIdNamesItsLineAndTheFirst() throws IOException {
    Path file = tmp.resolve("dup.csv");
    Files.writeString(file, "id,text,label\na,x,pos\nb,y,neg\na,z,neg\n");

    DataFormatException e =
        assertThrows(
            DataFormatException.class, () -> DelimitedReader.csv(ColumnSpec.defaults()).read(file));

    assertEquals(OptionalLong.of(4), e.line());
    assertEquals(file + ":4: duplicate id \"a\" (first seen on line 2)", e.getMessage());
  }

  @Test
  void binaryGarbageIsADataError() throws IOException {
    Path file = tmp.resolve("garbage.csv");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, '\n'});

    assertThrows(
        DataFormatException.class, () -> DelimitedReader.csv(ColumnSpec.defaults()).read(file));
  }

  @Test
  void utf16TextIsADataError() throws IOException {
    Path file = tmp.resolve("utf16.csv");
    Files.write(file, "id,text,label\na,fine,pos\n".getBytes(StandardCharsets.UTF_16));

    DataFormatException e =
        assertThrows(
            DataFormatException.class, () -> DelimitedReader.csv(ColumnSpec.defaults()).read(file));

    assertEquals(true, e.getMessage().contains("must be UTF-8 encoded"), e.getMessage());
  }

  @Test
  void latin1TextIsADataErrorNamingTheLine() throws IOException {
    Path file = tmp.resolve("latin1.csv");
    Files.write(file, "id,text,label\na,caf\u00e9,pos\n".getBytes(StandardCharsets.ISO_8859_1));

    DataFormatException e =
        assertThrows(
            DataFormatException.class, () -> DelimitedReader.csv(ColumnSpec.defaults()).read(file));

    assertEquals(OptionalLong.of(2), e.line());
  }
}
