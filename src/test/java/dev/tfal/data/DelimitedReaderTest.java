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

class DelimitedReaderTest {
  @TempDir Path tmp;

  private final DelimitedReader csv = DelimitedReader.csv(ColumnSpec.defaults());

  private Path write(String name, String content) throws IOException {
    return Files.writeString(tmp.resolve(name), content);
  }

  private DataFormatException failure(Path file) {
    return assertThrows(DataFormatException.class, () -> csv.read(file));
  }

  @Test
  void readsQuotedMultiLineCsvWithAllLabelSpellings() throws IOException {
    Path file =
        write(
            "r.csv",
            "\uFEFFid,label,text\n"
                + "a,pos,\"Fine, really.\"\n"
                + "b, NEGATIVE ,\"Two\nlines, \"\"quoted\"\"\"\n"
                + "c,1,x\n"
                + "d,Neg,y\n"
                + "e,0,\n");
    assertEquals(
        List.of(
            new Example("a", "Fine, really.", 1),
            new Example("b", "Two\nlines, \"quoted\"", 0),
            new Example("c", "x", 1),
            new Example("d", "y", 0),
            new Example("e", "", 0)),
        csv.read(file));
  }

  @Test
  void withoutAnIdColumnIdsAreRowLineNumbers() throws IOException {
    Path file = write("r.csv", "text,label\n\"multi\nline\",positive\nshort,negative");
    assertEquals(List.of("row-2", "row-4"), csv.read(file).stream().map(Example::id).toList());
  }

  @Test
  void readsTsvWithCustomColumns() throws IOException {
    Path file = write("r.tsv", "review\tsentiment\tkey\nGreat, fun.\t1\tk1\nDull.\t0\tk2\n");
    DelimitedReader tsv = DelimitedReader.tsv(new ColumnSpec("review", "sentiment", "key"));
    assertEquals(
        List.of(new Example("k1", "Great, fun.", 1), new Example("k2", "Dull.", 0)),
        tsv.read(file));
  }

  @Test
  void missingColumnListsTheColumnsThatExist() throws IOException {
    Path file = write("r.csv", "id,review,label\n1,x,1\n");
    assertEquals(
        file + ":1: missing column \"text\" in header; columns present: id, review," + " label",
        failure(file).getMessage());
  }

  @Test
  void rowWithoutLabelNamesFileAndLine() throws IOException {
    Path file = write("r.csv", "text,label\nok,1\nno label here\n");
    DataFormatException e = failure(file);
    assertEquals(
        file
            + ":3: row has no value for column \"label\": it has 1 fields, fewer than"
            + " the header",
        e.getMessage());
    assertEquals(3, e.line().orElseThrow());
  }

  @Test
  void emptyLabelIsAnError() throws IOException {
    Path file = write("r.csv", "text,label\nok,1\nempty,  \n");
    assertEquals(file + ":3: empty label in column \"label\"", failure(file).getMessage());
  }

  @Test
  void aLabelOutsideTheFixedLabelsIsQuotedWithTheLabels() throws IOException {
    Path file = write("r.csv", "text,label\nok,1\n\"two\nlines\",maybe\n");
    DelimitedReader fixed =
        DelimitedReader.csv(ColumnSpec.defaults().withLabels(List.of("0", "1")));
    assertEquals(
        file + ":3: label \"maybe\" in column \"label\" is not one of the labels 0, 1",
        assertThrows(DataFormatException.class, () -> fixed.read(file)).getMessage());
  }

  @Test
  void aFixedBinarySetStillTakesEveryBinarySpelling() throws IOException {
    Path file = write("b.csv", "text,label\nok,pos\nbad,0\nmeh,maybe\n");
    DelimitedReader fixed =
        DelimitedReader.csv(ColumnSpec.defaults().withLabels(LabelSet.BINARY.names()));
    assertEquals(
        file
            + ":4: unknown label \"maybe\" in column \"label\"; accepted: 0, 1, neg,"
            + " pos, negative, positive (any case)",
        assertThrows(DataFormatException.class, () -> fixed.read(file)).getMessage());
  }

  @Test
  void classNamesAreSortedAndBinarySpellingsKeepTheirIds() throws IOException {
    Path named = write("n.csv", "text,label\na,sport\nb,food\nc,weather\nd,food\n");
    LabeledCorpus corpus = csv.readCorpus(named);
    assertEquals(LabelSet.of("food", "sport", "weather"), corpus.labels());
    assertEquals(List.of(1, 0, 2, 0), corpus.examples().stream().map(Example::label).toList());
    // positive first in the file: still id 1, negative id 0, whatever the spelling
    Path binary = write("b.csv", "text,label\na,Positive\nb,neg\nc,1\nd,NEGATIVE\n");
    LabeledCorpus imdbLike = csv.readCorpus(binary);
    assertEquals(LabelSet.BINARY, imdbLike.labels());
    assertEquals(List.of(1, 0, 1, 0), imdbLike.examples().stream().map(Example::label).toList());
    // a third value makes the set named: "0", "1", "2" sorted
    Path three = write("t.csv", "text,label\na,1\nb,0\nc,2\n");
    assertEquals(LabelSet.of("0", "1", "2"), csv.readCorpus(three).labels());
  }

  @Test
  void invalidUtf8NamesTheLine() throws IOException {
    Path file = tmp.resolve("r.csv");
    Files.write(
        file, new byte[] {'t', ',', 'l', '\n', 'a', ',', '1', '\n', (byte) 0xC3, ',', '0', '\n'});
    assertEquals(
        file + ":3: invalid UTF-8 at byte offset 8; the file must be UTF-8 encoded",
        failure(file).getMessage());
  }

  @Test
  void duplicateIdNamesBothLines() throws IOException {
    Path file = write("r.csv", "id,text,label\na,x,1\nb,y,0\na,z,0\n");
    assertEquals(
        file + ":4: duplicate id \"a\" (first seen on line 2)", failure(file).getMessage());
  }

  @Test
  void emptyFileAndHeaderOnlyFileHaveNoExamples() throws IOException {
    assertEquals(
        tmp.resolve("e.csv") + ": no examples: the file is empty",
        failure(write("e.csv", "")).getMessage());
    assertEquals(
        tmp.resolve("h.csv") + ": no examples: the file has no data rows",
        failure(write("h.csv", "text,label\n")).getMessage());
  }

  @Test
  void unterminatedQuoteIsMalformedCsv() throws IOException {
    Path file = write("r.csv", "text,label\n\"open,1\n");
    DataFormatException e = failure(file);
    assertEquals(file, e.file().orElseThrow());
    assertEquals(true, e.getMessage().contains("malformed CSV"), e.getMessage());
  }

  @Test
  void duplicateHeaderIsAnError() throws IOException {
    Path file = write("r.csv", "text,label,text\na,1,b\n");
    assertEquals(1, failure(file).line().orElseThrow());
  }
}
