package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleSourceTest {
  private static final Path SAMPLE = Path.of("data/sample-reviews.csv");

  @TempDir Path tmp;

  private static LabeledCorpus read(Path path) throws IOException {
    return ExampleSource.read(path, ColumnSpec.defaults());
  }

  @Test
  void picksTheReaderByPath() throws IOException {
    ColumnSpec columns = ColumnSpec.defaults();
    assertInstanceOf(AclImdbReader.class, ExampleSource.readerFor(tmp, columns));
    for (String name : List.of("a.tar.gz", "a.TGZ", "a.csv", "a.tsv", "a.jsonl", "a.ndjson")) {
      Files.writeString(tmp.resolve(name), "");
    }
    assertInstanceOf(AclImdbReader.class, ExampleSource.readerFor(tmp.resolve("a.TGZ"), columns));
    assertInstanceOf(DelimitedReader.class, ExampleSource.readerFor(tmp.resolve("a.tsv"), columns));
    assertInstanceOf(JsonlReader.class, ExampleSource.readerFor(tmp.resolve("a.ndjson"), columns));
  }

  @Test
  void readsEveryFormatThroughOneEntryPoint() throws IOException {
    Path jsonl =
        Files.writeString(
            tmp.resolve("r.jsonl"), "{\"text\":\"a\",\"label\":1}\n{\"text\":\"b\",\"label\":0}\n");
    assertEquals(2, read(jsonl).size());
    LabeledCorpus acl = read(Fixtures.aclImdbDir());
    assertEquals(5, acl.count(Example.POSITIVE));
    assertEquals(Fixtures.aclImdbDir(), acl.source());
    Path tarball =
        new TarGz().addTree(Fixtures.aclImdbDir(), "aclImdb/").writeTo(tmp.resolve("fixture.tgz"));
    assertEquals(acl.examples(), read(tarball).examples());
  }

  @Test
  void theSampleCsvIsBalanced() throws IOException {
    LabeledCorpus sample = read(SAMPLE);
    assertEquals(40, sample.size());
    assertEquals(20, sample.count(Example.POSITIVE));
    assertTrue(sample.examples().stream().anyMatch(e -> e.text().contains("<br />")));
    assertTrue(sample.examples().stream().anyMatch(e -> e.text().contains("naïve")));
  }

  @Test
  void aSingleClassIsAnErrorForEveryReader() throws IOException {
    Path csv = Files.writeString(tmp.resolve("neg.csv"), "text,label\na,0\nb,neg\n");
    assertEquals(
        csv + ": only negative examples found; a binary classifier needs both",
        assertThrows(DataFormatException.class, () -> read(csv)).getMessage());
    Path tarball =
        new TarGz().add("aclImdb/train/pos/1_9.txt", "Good.").writeTo(tmp.resolve("pos.tar.gz"));
    assertEquals(
        tarball + ": only positive examples found; a binary classifier needs both",
        assertThrows(DataFormatException.class, () -> read(tarball)).getMessage());
  }

  @Test
  void missingAndUnsupportedPathsAreErrors() throws IOException {
    Path missing = tmp.resolve("nope.csv");
    assertEquals(
        missing + ": no such file or directory",
        assertThrows(DataFormatException.class, () -> read(missing)).getMessage());
    Path text = Files.writeString(tmp.resolve("reviews.txt"), "x");
    assertEquals(
        text
            + ": unsupported data file; supported: a directory or .tar.gz/.tgz in the"
            + " aclImdb layout, .csv, .tsv, .jsonl or .ndjson",
        assertThrows(DataFormatException.class, () -> read(text)).getMessage());
  }
}
