package dev.tfal.data;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** {@code main(url, md5, fileName, dir)}: one download, in a JVM of its own, to be killed. */
final class DownloadInChild {
  private DownloadInChild() {}

  public static void main(String[] args) throws IOException {
    DownloadSpec spec = new DownloadSpec(URI.create(args[0]), args[1], args[2]);
    System.out.println(DatasetDownloader.defaults(System.err).download(spec, Path.of(args[3])));
  }
}
