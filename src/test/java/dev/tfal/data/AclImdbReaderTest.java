package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AclImdbReaderTest {
  private static final List<String> FIXTURE_IDS =
      List.of(
          "test/neg/0_2",
          "test/neg/1_1",
          "test/pos/0_8",
          "test/pos/1_9",
          "train/neg/0_3",
          "train/neg/1_1",
          "train/neg/2_4",
          "train/pos/0_9",
          "train/pos/1_7",
          "train/pos/2_10");
  @TempDir Path tmp;

  private final AclImdbReader reader = new AclImdbReader();

  @Test
  void readsADirectoryThatIsAclImdb() throws IOException {
    List<Example> examples = reader.read(Fixtures.aclImdbDir());
    assertEquals(FIXTURE_IDS, examples.stream().map(Example::id).toList());
    Example first = examples.get(0);
    assertEquals(Example.NEGATIVE, first.label());
    assertEquals("Nothing happens, and it takes ages not to happen.", first.text());
    Example naive = examples.get(6);
    assertEquals("A naïve script and wooden acting sink a promising idea.", naive.text());
    assertEquals(5, examples.stream().filter(Example::isPositive).count());
  }

  @Test
  void readsADirectoryThatContainsAclImdb() throws IOException {
    Path parent = Files.createDirectories(tmp.resolve("download"));
    Path review = Files.createDirectories(parent.resolve("aclImdb/test/pos")).resolve("7_9.txt");
    Files.writeString(review, "Great.");
    List<Example> examples = reader.read(parent);
    assertEquals(List.of(new Example("test/pos/7_9", "Great.", Example.POSITIVE)), examples);
  }

  @Test
  void readsATarballInPlaceSortedByIdIgnoringOtherAndUnsafeEntries() throws IOException {
    Path archive =
        new TarGz()
            .add("aclImdb/train/pos/9_9.txt", "Added first, sorted last.")
            .add("../aclImdb/train/pos/5_5.txt", "escapes upwards")
            .add("/aclImdb/train/neg/5_1.txt", "absolute")
            .add("aclImdb/../train/neg/6_1.txt", "dot-dot inside")
            .add("aclImdb/train/unsup/8_0.txt", "unlabelled")
            .addTree(Fixtures.aclImdbDir(), "aclImdb/")
            .writeTo(tmp.resolve("small.tar.gz"));
    List<Example> examples = reader.read(archive);
    List<String> expected = new java.util.ArrayList<>(FIXTURE_IDS);
    expected.add("train/pos/9_9");
    assertEquals(expected, examples.stream().map(Example::id).toList());
    assertEquals(reader.read(Fixtures.aclImdbDir()), examples.subList(0, 10));
    try (var files = Files.list(tmp)) {
      assertEquals(List.of(archive), files.toList());
    }
  }

  @Test
  void linksAndOtherNonFilesAreSkippedAndReportedOnce() throws IOException {
    Path archive =
        new TarGz()
            .add("aclImdb/train/pos/1_9.txt", "A real review.")
            .addSymlink("aclImdb/train/pos/2_8.txt", "1_9.txt")
            .addSpecial(
                "aclImdb/train/neg/3_2.txt", TarConstants.LF_LINK, "aclImdb/train/pos/1_9.txt")
            .addSpecial("aclImdb/test/neg/4_1.txt", TarConstants.LF_FIFO, "")
            .addSymlink("aclImdb/README", "elsewhere")
            .add("aclImdb/test/neg/5_1.txt", "Dull.")
            .writeTo(tmp.resolve("links.tar.gz"));
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    List<Example> examples =
        new AclImdbReader(new PrintStream(warnings, true, StandardCharsets.UTF_8)).read(archive);

    assertEquals(
        List.of(
            new Example("test/neg/5_1", "Dull.", Example.NEGATIVE),
            new Example("train/pos/1_9", "A real review.", Example.POSITIVE)),
        examples);
    assertEquals(
        List.of(
            archive
                + ": skipped 3 entries named like a review but not a regular file: "
                + "aclImdb/train/pos/2_8.txt (a symbolic link to 1_9.txt), "
                + "aclImdb/train/neg/3_2.txt (a hard link to aclImdb/train/pos/1_9.txt), "
                + "aclImdb/test/neg/4_1.txt (a FIFO)"),
        warnings.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void aTarballOfRegularFilesIsReadSilently() throws IOException {
    Path archive =
        new TarGz().add("aclImdb/test/pos/1_8.txt", "Fine.").writeTo(tmp.resolve("a.tgz"));
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();

    new AclImdbReader(new PrintStream(warnings, true, StandardCharsets.UTF_8)).read(archive);

    assertEquals("", warnings.toString(StandardCharsets.UTF_8));
  }

  @Test
  void acceptsEntriesWithoutTheAclImdbPrefix() throws IOException {
    Path archive = new TarGz().add("./train/neg/1_2.txt", "Meh.").writeTo(tmp.resolve("bare.tgz"));
    assertEquals(
        List.of(new Example("train/neg/1_2", "Meh.", Example.NEGATIVE)), reader.read(archive));
  }

  @Test
  void invalidUtf8InATarEntryNamesTheEntry() throws IOException {
    byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, '\n'};
    Path archive =
        new TarGz().add("aclImdb/test/neg/3_1.txt", latin1).writeTo(tmp.resolve("latin1.tar.gz"));
    DataFormatException e = assertThrows(DataFormatException.class, () -> reader.read(archive));
    assertEquals(
        archive
            + "!/aclImdb/test/neg/3_1.txt:1: invalid UTF-8 at byte offset 3;"
            + " the file must be UTF-8 encoded",
        e.getMessage());
  }

  @Test
  void invalidUtf8InADirectoryNamesTheFile() throws IOException {
    Path review = Files.createDirectories(tmp.resolve("aclImdb/train/pos")).resolve("1_8.txt");
    Files.write(review, new byte[] {'o', 'k', '\n', (byte) 0xFF});
    DataFormatException e = assertThrows(DataFormatException.class, () -> reader.read(tmp));
    assertEquals(review, e.file().orElseThrow());
    assertEquals(2, e.line().orElseThrow());
  }

  @Test
  void anArchiveWithoutReviewsIsAnError() throws IOException {
    Path archive =
        new TarGz()
            .add("aclImdb/README", "hello")
            .add("aclImdb/train/unsup/1_0.txt", "x")
            .writeTo(tmp.resolve("empty.tar.gz"));
    DataFormatException e = assertThrows(DataFormatException.class, () -> reader.read(archive));
    assertEquals(
        archive + ": no reviews found under aclImdb/{train,test}/{pos,neg}", e.getMessage());
    assertThrows(DataFormatException.class, () -> reader.read(tmp));
  }

  @Test
  void aFileThatIsNotGzipIsADataFormatError() throws IOException {
    Path archive = Files.writeString(tmp.resolve("fake.tar.gz"), "plain text");
    DataFormatException e = assertThrows(DataFormatException.class, () -> reader.read(archive));
    assertTrue(
        e.getMessage().startsWith(archive + ": not a readable .tar.gz archive"), e.getMessage());
  }

  @Test
  @Tag("real-data")
  void readsTheRealLabelledArchive() throws IOException {
    Path archive = SharedData.require(AclImdbReaderTest.class, "aclImdb_labeled.tar.gz");
    List<Example> examples = reader.read(archive);
    long positives = examples.stream().filter(Example::isPositive).count();
    assertEquals(25_000, positives);
    assertEquals(25_000, examples.size() - positives);
    assertEquals(25_000, examples.stream().filter(e -> e.id().startsWith("train/")).count());
  }
}
