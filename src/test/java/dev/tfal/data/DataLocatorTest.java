package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLocatorTest {
  private static final Optional<Path> NO_PATH = Optional.empty();
  private static final Optional<String> NO_ENV = Optional.empty();

  @TempDir Path tmp;

  private Path cache;
  private Path local;
  private DatasetDownloader downloader;

  @BeforeEach
  void setUp() throws IOException {
    cache = tmp.resolve("cache");
    local = Files.writeString(tmp.resolve("mine.csv"), "text,label\n");
    downloader =
        new DatasetDownloader(
            HttpClient.newHttpClient(),
            new PrintStream(OutputStream.nullOutputStream()),
            Duration.ZERO);
  }

  /** A locator whose download is refused, so a test fails if it tries to download. */
  private DataLocator offline() throws IOException {
    DownloadSpec spec = new DownloadSpec(LoopbackServer.refusedUri(), "0".repeat(32), "d.tar.gz");
    return new DataLocator(cache, spec, downloader);
  }

  @Test
  void anExplicitPathComesFirst() throws IOException {
    Files.createDirectories(cache);
    Files.writeString(cache.resolve("d.tar.gz"), "cached");
    DataLocation location = offline().locate(Optional.of(local), Optional.of(tmp.toString()));
    assertEquals(new DataLocation(local, DataLocation.Origin.EXPLICIT), location);
  }

  @Test
  void theEnvironmentValueComesBeforeTheCache() throws IOException {
    Files.createDirectories(cache);
    Files.writeString(cache.resolve("d.tar.gz"), "cached");
    assertEquals(
        new DataLocation(local, DataLocation.Origin.ENVIRONMENT),
        offline().locate(NO_PATH, Optional.of(" " + local + " ")));
    assertEquals(
        new DataLocation(cache.resolve("d.tar.gz"), DataLocation.Origin.CACHE),
        offline().locate(NO_PATH, Optional.of("  ")));
  }

  @Test
  void aGivenPathThatDoesNotExistIsAnError() throws IOException {
    Path missing = tmp.resolve("missing.tar.gz");
    DataLocator locator = offline();
    assertEquals(
        missing + ": no such file or directory",
        assertThrows(DataFormatException.class, () -> locator.locate(Optional.of(missing), NO_ENV))
            .getMessage());
    assertEquals(
        missing + ": no such file or directory (from TFAL_DATA)",
        assertThrows(
                DataFormatException.class,
                () -> locator.locate(NO_PATH, Optional.of(missing.toString())))
            .getMessage());
  }

  @Test
  void downloadsIntoTheCacheWhenNothingElseIsThere() throws IOException, NoSuchAlgorithmException {
    byte[] payload = "not really a tarball".getBytes();
    String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(payload));
    try (LoopbackServer server = new LoopbackServer(payload)) {
      DownloadSpec spec = new DownloadSpec(server.uri("/ok"), md5, "d.tar.gz");
      DataLocator locator = new DataLocator(cache, spec, downloader);
      assertEquals(
          new DataLocation(cache.resolve("d.tar.gz"), DataLocation.Origin.DOWNLOAD),
          locator.locate(NO_PATH, NO_ENV));
      assertEquals(
          new DataLocation(cache.resolve("d.tar.gz"), DataLocation.Origin.CACHE),
          locator.locate(NO_PATH, NO_ENV));
      assertEquals(1, server.requests.get());
    }
  }

  @Test
  void offlineWithoutACopyFailsWithAHint() throws IOException {
    DataLocator locator = offline();
    IOException e = assertThrows(IOException.class, () -> locator.locate(NO_PATH, NO_ENV));
    assertEquals(
        true,
        e.getMessage().endsWith("pass --data PATH or set TFAL_DATA to a local copy of d.tar.gz"),
        e.getMessage());
  }
}
