package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.error.DataFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDownloaderTest {
  private static final String NAME = "reviews.tar.gz";

  @TempDir Path tmp;

  private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
  private byte[] payload;
  private String md5;
  private LoopbackServer server;
  private DatasetDownloader downloader;

  @BeforeEach
  void startServer() throws IOException, NoSuchAlgorithmException {
    Path tarball =
        new TarGz()
            .addTree(Fixtures.aclImdbDir(), "aclImdb/")
            .writeTo(tmp.resolve("served.tar.gz"));
    payload = Files.readAllBytes(tarball);
    md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(payload));
    server = new LoopbackServer(payload);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    downloader =
        new DatasetDownloader(
            client, new PrintStream(progress, true, StandardCharsets.UTF_8), Duration.ZERO);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private List<String> cacheFiles() throws IOException {
    Path cache = tmp.resolve("cache");
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (var files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private DownloadSpec spec(URI url, String checksum) {
    return new DownloadSpec(url, checksum, NAME);
  }

  @Test
  void downloadsVerifiesAndRenamesIntoPlace() throws IOException {
    Path file = downloader.download(spec(server.uri("/ok"), md5), tmp.resolve("cache"));
    assertEquals(tmp.resolve("cache").resolve(NAME), file);
    assertArrayEquals(payload, Files.readAllBytes(file));
    assertEquals(List.of(NAME), cacheFiles());
    assertEquals(10, ExampleSource.read(file, ColumnSpec.defaults()).size());
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("Downloading " + NAME));
  }

  @Test
  void checksumMismatchDeletesTheDownload() {
    String wrong = "0".repeat(32);
    DataFormatException e =
        assertThrows(
            DataFormatException.class,
            () -> downloader.download(spec(server.uri("/ok"), wrong), tmp.resolve("cache")));
    assertTrue(
        e.getMessage()
            .contains(
                ": checksum mismatch for "
                    + server.uri("/ok")
                    + ": expected MD5 "
                    + wrong
                    + ", got "
                    + md5
                    + "; the download was deleted"),
        e.getMessage());
    assertDoesNotThrowIo(() -> assertEquals(List.of(), cacheFiles()));
  }

  @Test
  void aServerClosingEarlyLeavesNoFileAfterThreeAttempts() throws IOException {
    IOException e =
        assertThrows(
            IOException.class,
            () -> downloader.download(spec(server.uri("/truncated"), md5), tmp.resolve("cache")));
    assertEquals(3, server.requests.get());
    assertTrue(
        e.getMessage()
            .startsWith("could not download " + server.uri("/truncated") + " after 3 attempts ("),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("; pass --data PATH or set TFAL_DATA to a local copy of " + NAME),
        e.getMessage());
    assertEquals(List.of(), cacheFiles());
  }

  @Test
  void aFailedAttemptIsRetried() throws IOException {
    Path file = downloader.download(spec(server.uri("/flaky"), md5), tmp.resolve("cache"));
    assertEquals(2, server.requests.get());
    assertArrayEquals(payload, Files.readAllBytes(file));
    assertEquals(List.of(NAME), cacheFiles());
  }

  @Test
  void offlineTellsTheUserHowToProceed() throws IOException {
    URI refused = LoopbackServer.refusedUri();
    IOException e =
        assertThrows(
            IOException.class, () -> downloader.download(spec(refused, md5), tmp.resolve("cache")));
    assertTrue(e.getMessage().startsWith("could not download " + refused), e.getMessage());
    assertTrue(
        e.getMessage().endsWith("pass --data PATH or set TFAL_DATA to a local copy of " + NAME),
        e.getMessage());
    assertEquals(List.of(), cacheFiles());
  }

  @Test
  void httpErrorStatusIsReported() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> downloader.download(spec(server.uri("/missing"), md5), tmp.resolve("cache")));
    assertTrue(
        e.getMessage().contains("(HTTP status 404 from " + server.uri("/missing") + ")"),
        e.getMessage());
  }

  @Test
  void imdbSpecDefaults() {
    DownloadSpec imdb = DownloadSpec.imdb();
    assertEquals("aclImdb_v1.tar.gz", imdb.fileName());
    assertEquals("7c2ac02c03563afcf9b574c7e56c153a", imdb.md5());
    assertEquals(
        URI.create("https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz"), imdb.url());
    assertEquals(
        "md5 must be 32 hex digits, got \"abc\"",
        assertThrows(IllegalArgumentException.class, () -> spec(imdb.url(), "abc")).getMessage());
    assertFalse(spec(imdb.url(), md5.toUpperCase()).md5().chars().anyMatch(Character::isUpperCase));
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void assertDoesNotThrowIo(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
