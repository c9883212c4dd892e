package dev.tfal.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.error.DataFormatException;
import dev.tfal.io.ChecksummedFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyFileTest {
  @TempDir Path dir;

  @Test
  void savesKerasFormatAndLoadsItBack() throws IOException {
    Vocabulary vocabulary = Vocabulary.of(List.of("", "[UNK]", "the", "and", "café", "😀"));
    Path file = dir.resolve("sub/vocabulary.txt");
    VocabularyFile.save(vocabulary, file);
    assertArrayEquals(
        "\n[UNK]\nthe\nand\ncafé\n😀".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    assertEquals(vocabulary, VocabularyFile.load(file));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file, ChecksummedFiles.checksumFile(file)), files.sorted().toList());
    }
  }

  @Test
  void roundTripsAnAdaptedVocabularyAndOverwrites() throws IOException {
    Path file = dir.resolve("vocabulary.txt");
    VocabularyFile.save(Vocabulary.of(List.of("", "[UNK]", "old")), file);
    Vocabulary adapted = Vocabulary.adapt(List.of("A b b, C c c! “Quote” ÉCOLE"), 3000);
    VocabularyFile.save(adapted, file);
    assertEquals(adapted, VocabularyFile.load(file));
  }

  @Test
  void loadsAKerasFileAndToleratesOneTrailingNewline() throws Exception {
    assertEquals(
        List.of("", "[UNK]", "the", "and", "café", "😀"),
        VocabularyFile.load(resource("vocab-keras.txt")).tokens());
    assertEquals(
        List.of("", "[UNK]", "the", "and"),
        VocabularyFile.load(resource("vocab-trailing-newline.txt")).tokens());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "vocab-empty.txt|2|missing the OOV token \"[UNK]\"",
        "vocab-no-padding.txt|1|expected the empty padding token, got \"[UNK]\"",
        "vocab-no-oov.txt|2|expected the OOV token \"[UNK]\", got \"the\"",
        "vocab-duplicate.txt|6|duplicate token \"the\" (first at line 3)",
        "vocab-duplicate-oov.txt|3|duplicate token \"[UNK]\" (first at line 2)",
        "vocab-blank-line.txt|4|duplicate token \"\" (first at line 1)",
        "vocab-whitespace.txt|4|token \"good movie\" contains whitespace, which the whitespace "
            + "tokenizer never produces",
      })
  void rejectsMalformedFilesNamingTheLine(String name, long line, String problem) throws Exception {
    Path file = resource(name);
    assertMalformed(file, line, problem);
  }

  @Test
  void rejectsWindowsLineEndings() throws IOException {
    Path file = dir.resolve("crlf.txt");
    Files.writeString(file, "\r\n[UNK]\r\nthe\r\n");
    assertMalformed(file, 1, "expected the empty padding token, got \"\\u000D\"");
    Files.writeString(file, "\n[UNK]\nthe\r\n");
    assertMalformed(
        file,
        3,
        "token \"the\\u000D\" contains whitespace, which the whitespace "
            + "tokenizer never produces");
  }

  @Test
  void rejectsInvalidUtf8() throws IOException {
    Path file = dir.resolve("latin1.txt");
    byte[] head = "\n[UNK]\nthe\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = 'c';
    bytes[head.length + 1] = (byte) 0xE9;
    bytes[head.length + 2] = '\n';
    Files.write(file, bytes);
    assertMalformed(file, 4, "invalid UTF-8 at byte offset 12; the file must be UTF-8 encoded");
  }

  @Test
  void missingFileIsNoSuchFile() {
    Path file = dir.resolve("absent.txt");
    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> VocabularyFile.load(file));
    assertEquals(file + ": vocabulary file not found", e.getMessage());
  }

  private static void assertMalformed(Path file, long line, String problem) {
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> VocabularyFile.load(file));
    assertEquals(file + ":" + line + ": " + problem, e.getMessage());
    assertEquals(OptionalLong.of(line), e.line());
    assertEquals(file, e.file().orElseThrow());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(VocabularyFileTest.class.getResource("/text/" + name).toURI());
  }
}
