package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged IMDB archive is a data error that says what is wrong with it. */
class ArchiveDamageTest {
  @TempDir Path tmp;

  @Test
  void aTruncatedArchiveSaysItEndsEarly() throws IOException {
    byte[] review = new byte[200_000];
    new Random(1).nextBytes(review); // incompressible, so the cut falls inside the review
    Path whole =
        new TarGz()
            .add("aclImdb/train/pos/1_9.txt", review)
            .add("aclImdb/train/neg/2_1.txt", "bad")
            .writeTo(tmp.resolve("whole.tar.gz"));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(tmp.resolve("cut.tar.gz"), Arrays.copyOf(bytes, bytes.length / 2));
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> new AclImdbReader().read(cut));
    assertEquals(
        cut + ": not a readable .tar.gz archive: it ends early (truncated?)", e.getMessage());
  }

  /** Two entries that name the same review: the second would silently replace the first. */
  @Test
  void aReviewTwiceInTheArchiveIsAnError() throws IOException {
    Path archive =
        new TarGz()
            .add("aclImdb/train/pos/1_9.txt", "first")
            .add("aclImdb/train/neg/2_1.txt", "bad")
            .add("copy/aclImdb/train/pos/1_9.txt", "second")
            .writeTo(tmp.resolve("twice.tar.gz"));
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> new AclImdbReader().read(archive));
    assertEquals(
        Path.of(archive + "!", "copy/aclImdb/train/pos/1_9.txt")
            + ": duplicate entry for id train/pos/1_9",
        e.getMessage());
  }
}
