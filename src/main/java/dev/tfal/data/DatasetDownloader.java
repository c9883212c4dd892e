package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import dev.tfal.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Downloads a dataset file into a cache directory: streams it to {@code <name>.part} with a
 * progress bar, checks its MD5, then renames it to {@code <name>}. A failed, interrupted or corrupt
 * download never leaves a file under the final name. IO failures are retried {@value #ATTEMPTS}
 * times in all, waiting the initial backoff, then twice as long.
 */
public final class DatasetDownloader {
  /** How many times a download is tried before giving up. */
  public static final int ATTEMPTS = 3;

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client;
  private final PrintStream progress;
  private final Duration initialBackoff;

  /**
   * A downloader using the given collaborators.
   *
   * @param client the HTTP client, which sets the connect timeout and redirect policy
   * @param progress where the progress bar is drawn, normally {@code System.err}
   * @param initialBackoff the wait after the first failed attempt
   */
  public DatasetDownloader(HttpClient client, PrintStream progress, Duration initialBackoff) {
    this.client = Objects.requireNonNull(client, "client");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
    if (initialBackoff.isNegative()) {
      throw new IllegalArgumentException("initialBackoff must be >= 0, got " + initialBackoff);
    }
  }

  /** A downloader with a 30 s connect timeout, redirects followed and a 2 s initial backoff. */
  public static DatasetDownloader defaults(PrintStream progress) {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    return new DatasetDownloader(client, progress, Duration.ofSeconds(2));
  }

  /**
   * Downloads {@code spec} into {@code dir} and returns the path of the verified file.
   *
   * @throws DataFormatException if the downloaded bytes do not have the expected MD5
   * @throws IOException if every attempt failed, or the download was interrupted
   */
  public Path download(DownloadSpec spec, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(spec.fileName());
    Path part = dir.resolve(spec.fileName() + ".part");
    String md5 = fetchWithRetries(spec, part);
    if (!md5.equals(spec.md5())) {
      Files.deleteIfExists(part);
      throw new DataFormatException(
          target,
          "checksum mismatch for "
              + spec.url()
              + ": expected MD5 "
              + spec.md5()
              + ", got "
              + md5
              + "; the download was deleted");
    }
    AtomicFiles.moveAtomically(part, target);
    return target;
  }

  private String fetchWithRetries(DownloadSpec spec, Path part) throws IOException {
    IOException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return fetchOnce(spec, part);
      } catch (IOException e) {
        Files.deleteIfExists(part);
        if (Thread.currentThread().isInterrupted()) {
          throw e;
        }
        last = e;
        if (attempt < ATTEMPTS) {
          pause(initialBackoff.multipliedBy(1L << (attempt - 1)));
        }
      }
    }
    throw new IOException(
        "could not download "
            + spec.url()
            + " after "
            + ATTEMPTS
            + " attempts ("
            + describe(last)
            + "); pass --data PATH or set TFAL_DATA to a local copy"
            + " of "
            + spec.fileName(),
        last);
  }

  private String fetchOnce(DownloadSpec spec, Path part) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(spec.url()).timeout(RESPONSE_TIMEOUT).GET().build();
    HttpResponse<InputStream> response = send(request);
    try (InputStream body = response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("HTTP status " + response.statusCode() + " from " + spec.url());
      }
      long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      return copy(body, part, length, spec.fileName());
    }
  }

  /** Streams {@code body} to {@code part}, forced to disk, and returns its MD5 in hex. */
  private String copy(InputStream body, Path part, long length, String name) throws IOException {
    MessageDigest md5 = newMd5();
    long received = 0;
    try (FileChannel channel =
            FileChannel.open(
                part,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel);
        ProgressBar bar = progressBar(name, length)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = body.read(buffer)) != -1; received += n) {
        out.write(buffer, 0, n);
        md5.update(buffer, 0, n);
        bar.stepTo(received + n);
      }
      channel.force(true);
    }
    if (length >= 0 && received != length) {
      throw new IOException("connection closed after " + received + " of " + length + " bytes");
    }
    return HexFormat.of().formatHex(md5.digest());
  }

  private ProgressBar progressBar(String name, long length) {
    return new ProgressBarBuilder()
        .setTaskName("Downloading " + name)
        .setInitialMax(length)
        .setUnit("MiB", 1 << 20)
        .setUpdateIntervalMillis(100)
        .setConsumer(new ConsoleProgressBarConsumer(progress))
        .showSpeed()
        .build();
  }

  private HttpResponse<InputStream> send(HttpRequest request) throws IOException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("download of " + request.uri() + " interrupted");
    }
  }

  private static void pause(Duration duration) throws InterruptedIOException {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry the download");
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static MessageDigest newMd5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide MD5", e);
    }
  }
}
