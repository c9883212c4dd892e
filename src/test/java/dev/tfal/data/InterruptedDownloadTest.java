package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an interrupted download leaves behind is never taken for the dataset: a leftover {@code
 * .part} is not a cached copy and is replaced by a fresh, verified download, and a download killed
 * (SIGKILL) in the middle leaves no file under the dataset's name.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class InterruptedDownloadTest {
  private static final String NAME = "d.tar.gz";
  private static final long WAIT_MILLIS = 90_000;

  @TempDir Path tmp;

  private Path cache;
  private byte[] payload;
  private String md5;
  private LoopbackServer server;

  @BeforeEach
  void setUp() throws IOException, NoSuchAlgorithmException {
    cache = tmp.resolve("cache");
    payload =
        "a dataset of forty bytes, more or less..".repeat(200).getBytes(StandardCharsets.UTF_8);
    md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(payload));
    server = new LoopbackServer(payload);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private DataLocation locate() throws IOException {
    DatasetDownloader downloader =
        new DatasetDownloader(
            HttpClient.newHttpClient(),
            new PrintStream(OutputStream.nullOutputStream()),
            Duration.ZERO);
    DownloadSpec spec = new DownloadSpec(server.uri("/ok"), md5, NAME);
    return new DataLocator(cache, spec, downloader).locate(Optional.empty(), Optional.empty());
  }

  /** A leftover longer than the dataset: appending to it or keeping it both fail the checks. */
  @Test
  void aLeftoverPartIsNotTakenForTheDatasetAndIsReplaced() throws IOException {
    Files.createDirectories(cache);
    byte[] leftover = new byte[payload.length + 100];
    System.arraycopy(payload, 0, leftover, 0, payload.length);
    Files.write(cache.resolve(NAME + ".part"), leftover);
    DataLocation location = locate();
    assertEquals(new DataLocation(cache.resolve(NAME), DataLocation.Origin.DOWNLOAD), location);
    assertEquals(1, server.requests.get());
    assertArrayEquals(payload, Files.readAllBytes(location.path()));
    assertEquals(List.of(NAME), cacheFiles());
  }

  @Test
  void aDownloadKilledMidwayLeavesNoFileUnderTheDatasetsName() throws Exception {
    Process child = startDownload(server.uri("/stalled").toString());
    try {
      assertTrue(
          server.halfSent.await(WAIT_MILLIS, TimeUnit.MILLISECONDS), "the child never connected");
      awaitBytesInTheCache(child);
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed child did not end");
    } finally {
      child.destroyForcibly();
    }
    assertEquals(137, child.exitValue(), "not ended by SIGKILL");
    assertFalse(Files.exists(cache.resolve(NAME)), "a killed download left " + cacheFiles());
    DataLocation location = locate();
    assertEquals(DataLocation.Origin.DOWNLOAD, location.origin());
    assertArrayEquals(payload, Files.readAllBytes(location.path()));
    assertEquals(List.of(NAME), cacheFiles());
  }

  private Process startDownload(String url) throws IOException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "-Xmx128m",
            DownloadInChild.class.getName(),
            url,
            md5,
            NAME,
            cache.toString());
    return new ProcessBuilder(command)
        .redirectOutput(tmp.resolve("child.out").toFile())
        .redirectError(tmp.resolve("child.err").toFile())
        .start();
  }

  /** Polls until the child has written some of the download's bytes to any file, bounded. */
  private void awaitBytesInTheCache(Process child) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
    while (bytesInTheCache() == 0) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        fail("no bytes in " + cache + "; child: " + Files.readString(tmp.resolve("child.err")));
      }
      Thread.sleep(5);
    }
  }

  private long bytesInTheCache() throws IOException {
    if (!Files.isDirectory(cache)) {
      return 0;
    }
    long bytes = 0;
    for (String name : cacheFiles()) {
      bytes += Files.size(cache.resolve(name));
    }
    return bytes;
  }

  private List<String> cacheFiles() throws IOException {
    try (var files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
