package dev.tfal.data;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to download and how to recognise a complete copy.
 *
 * @param url where the file is served
 * @param md5 expected MD5 of the file, 32 hex digits (stored lower-case)
 * @param fileName name of the file in the cache directory; the partial download is {@code
 *     <fileName>.part}
 */
public record DownloadSpec(URI url, String md5, String fileName) {
  private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");

  public DownloadSpec {
    Objects.requireNonNull(url, "url must not be null");
    Objects.requireNonNull(md5, "md5 must not be null");
    Objects.requireNonNull(fileName, "fileName must not be null");
    md5 = md5.toLowerCase(Locale.ROOT);
    if (!MD5.matcher(md5).matches()) {
      throw new IllegalArgumentException("md5 must be 32 hex digits, got \"" + md5 + "\"");
    }
    if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException(
          "fileName must be a plain file name, got \"" + fileName + "\"");
    }
  }

  /** The Large Movie Review Dataset v1 from Stanford (about 80 MB). */
  public static DownloadSpec imdb() {
    return new DownloadSpec(
        URI.create("https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz"),
        "7c2ac02c03563afcf9b574c7e56c153a",
        "aclImdb_v1.tar.gz");
  }
}
