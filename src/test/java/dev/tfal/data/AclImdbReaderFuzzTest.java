package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.fuzz.FuzzCheck;
import dev.tfal.data.fuzz.Mutator;
import dev.tfal.error.DataFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated and hostile aclImdb archives read or fail with a data error; entries that would escape
 * the archive are ignored, and reading never writes anything.
 */
class AclImdbReaderFuzzTest {
  @TempDir Path tmp;

  @Test
  void mutatedCompressedArchivesReadOrFailWithADataError() throws IOException {
    FuzzCheck.check(
        tmp.resolve("fuzz.tar.gz"),
        validArchive(),
        11L,
        300,
        file -> readAndCheckNothingWritten(file));
  }

  @Test
  void mutatedTarStreamsReadOrFailWithADataError() throws IOException {
    byte[] tar = gunzip(validArchive());
    Mutator mutator = new Mutator(12L);
    Path file = tmp.resolve("fuzz-tar.tar.gz");
    for (int i = 0; i < 300; i++) {
      byte[] input = gzip(mutator.mutate(tar));
      Files.write(file, input);
      FuzzCheck.readOnce(file, input, "seed 12, case " + i, this::readAndCheckNothingWritten);
    }
  }

  @Test
  void tarHeadersWithMutatedFieldsAndValidChecksumsReadOrFailWithADataError() throws IOException {
    byte[] tar = gunzip(validArchive());
    SplittableRandom random = new SplittableRandom(13L);
    Path file = tmp.resolve("fuzz-header.tar.gz");
    for (int i = 0; i < 400; i++) {
      byte[] input = gzip(mutateHeaders(tar, random));
      Files.write(file, input);
      FuzzCheck.readOnce(file, input, "seed 13, case " + i, this::readAndCheckNothingWritten);
    }
  }

  @Test
  void entriesEscapingTheArchiveAreIgnoredAndNothingIsWritten() throws IOException {
    Path archive =
        new TarGz()
            .add("../evil.txt", "evil")
            .add("/abs/aclImdb/train/pos/1_9.txt", "absolute")
            .add("aclImdb/train/pos/../../x.txt", "dotdot")
            .add("aclImdb/train/pos/../neg/2_1.txt", "sneaky")
            .add("aclImdb/train/pos/3_8.txt", "kept")
            .add("aclImdb/test/neg/4_2.txt", "kept too")
            .writeTo(tmp.resolve("hostile.tar.gz"));
    List<Path> before = listing();

    List<Example> examples = new AclImdbReader().read(archive);

    assertEquals(
        List.of("test/neg/4_2", "train/pos/3_8"), examples.stream().map(Example::id).toList());
    assertEquals(before, listing());
    assertEquals(List.of("kept too", "kept"), examples.stream().map(Example::text).toList());
  }

  @Test
  void entryNamesWithLineBreaksAreIgnored() throws IOException {
    Path archive =
        new TarGz()
            .add("aclImdb/train/pos/1\n_9.txt", "newline")
            .add("aclImdb/train/neg/2\r_1.txt", "carriage return")
            .add("aclImdb/train/pos/3_8.txt", "kept")
            .add("aclImdb/test/neg/4_2.txt", "kept too")
            .writeTo(tmp.resolve("names.tar.gz"));

    List<Example> examples = new AclImdbReader().read(archive);

    assertEquals(
        List.of("test/neg/4_2", "train/pos/3_8"), examples.stream().map(Example::id).toList());
  }

  @Test
  void fileNamesWithLineBreaksAreIgnoredInADirectory() throws IOException {
    Path pos = Files.createDirectories(tmp.resolve("aclImdb/train/pos"));
    Path neg = Files.createDirectories(tmp.resolve("aclImdb/train/neg"));
    Files.writeString(pos.resolve("1\n_9.txt"), "newline");
    Files.writeString(pos.resolve("3_8.txt"), "kept");
    Files.writeString(neg.resolve("4_2.txt"), "kept too");

    List<Example> examples = new AclImdbReader().read(tmp);

    assertEquals(
        List.of("train/neg/4_2", "train/pos/3_8"), examples.stream().map(Example::id).toList());
  }

  @Test
  void aTruncatedArchiveIsADataError() throws IOException {
    byte[] valid = validArchive();
    for (int length : new int[] {0, 1, 10, valid.length / 2, valid.length - 1}) {
      Path file = tmp.resolve("cut-" + length + ".tar.gz");
      Files.write(file, Arrays.copyOf(valid, length));

      DataFormatException e =
          assertThrows(DataFormatException.class, () -> new AclImdbReader().read(file));
      assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
      assertFalse(e.getMessage().endsWith("null"), e.getMessage());
    }
  }

  private void readAndCheckNothingWritten(Path file) throws IOException {
    List<Path> before = listing();
    try {
      ByteArrayOutputStream warnings = new ByteArrayOutputStream();
      PrintStream sink = new PrintStream(warnings, true, StandardCharsets.UTF_8);
      try {
        new LabeledCorpus(file, new AclImdbReader(sink).read(file));
      } finally {
        assertTrue(
            warnings.toString(StandardCharsets.UTF_8).lines().count() <= 1,
            "skipped entries are reported in one line: " + warnings);
      }
    } finally {
      assertEquals(before, listing(), "the reader wrote to disk");
    }
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.walk(tmp.getParent().resolve(tmp.getFileName()))) {
      return files.sorted().toList();
    }
  }

  private byte[] validArchive() throws IOException {
    Path archive =
        new TarGz()
            .add("aclImdb/train/pos/1_9.txt", "Great film")
            .add("./aclImdb/train/neg/2_1.txt", "Awful \u00e9")
            .add("aclImdb/test/pos/3_8.txt", "Fine")
            .add("aclImdb/test/neg/4_2.txt", "Bad")
            .add("aclImdb/train/unsup/5_0.txt", "ignored")
            .add("aclImdb/README", "readme")
            .add("aclImdb/test/neg/" + "9".repeat(120) + "_3.txt", "long name, PAX header")
            .writeTo(tmp.resolve("valid.tar.gz"));
    byte[] bytes = Files.readAllBytes(archive);
    Files.delete(archive);
    return bytes;
  }

  /**
   * Overwrites one to three fields of random header blocks (a name, the mode, the size, the type,
   * the link name, a PAX record) with digits, random bytes or a hostile name, then recomputes the
   * header checksums so that the damage reaches the header parser.
   */
  private static byte[] mutateHeaders(byte[] tar, SplittableRandom random) {
    byte[] copy = tar.clone();
    List<Integer> headers = headerBlocks(copy);
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      int block = headers.get(random.nextInt(headers.size()));
      int[] field = HEADER_FIELDS[random.nextInt(HEADER_FIELDS.length)];
      overwrite(copy, block + field[0], field[1], random);
    }
    headers.forEach(block -> fixChecksum(copy, block));
    return copy;
  }

  /** Offset and length of tar header fields (ustar layout), and the data block after a header. */
  private static final int[][] HEADER_FIELDS = {
    {0, 100}, {100, 8}, {124, 12}, {136, 12}, {156, 1}, {157, 100}, {345, 155}, {512, 64}
  };

  private static void overwrite(byte[] tar, int from, int length, SplittableRandom random) {
    int end = Math.min(tar.length, from + length);
    String[] names = {"../../evil.txt", "/etc/passwd", "aclImdb/train/pos/../../x.txt", "30 path="};
    byte[] hostile = names[random.nextInt(names.length)].getBytes(StandardCharsets.US_ASCII);
    int mode = random.nextInt(4);
    for (int at = from; at < end; at++) {
      int k = at - from;
      tar[at] =
          switch (mode) {
            case 0 -> (byte) ('0' + random.nextInt(10));
            case 1 -> (byte) random.nextInt(256);
            case 2 -> k < hostile.length ? hostile[k] : 0;
            default -> random.nextInt(4) == 0 ? (byte) random.nextInt(256) : tar[at];
          };
    }
  }

  private static List<Integer> headerBlocks(byte[] tar) {
    List<Integer> blocks = new java.util.ArrayList<>();
    for (int at = 0; at + 512 <= tar.length; at += 512) {
      if (new String(tar, at + 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
        blocks.add(at);
      }
    }
    return blocks;
  }

  private static void fixChecksum(byte[] tar, int block) {
    Arrays.fill(tar, block + 148, block + 156, (byte) ' ');
    long sum = 0;
    for (int i = 0; i < 512; i++) {
      sum += tar[block + i] & 0xFF;
    }
    byte[] digits = String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(digits, 0, tar, block + 148, 6);
    tar[block + 154] = 0;
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GzipCompressorInputStream(new java.io.ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }
}
