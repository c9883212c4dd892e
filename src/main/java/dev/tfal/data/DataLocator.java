package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves where the dataset is, in this order: an explicit path (the {@code --data} flag); the
 * value of {@code TFAL_DATA}, which the caller reads from the environment; a cached copy of the
 * download in the cache directory; otherwise a fresh download into the cache directory. A path that
 * is given but missing is an error rather than a reason to fall through.
 */
public final class DataLocator {
  private final Path cacheDir;
  private final DownloadSpec spec;
  private final DatasetDownloader downloader;

  public DataLocator(Path cacheDir, DownloadSpec spec, DatasetDownloader downloader) {
    this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.downloader = Objects.requireNonNull(downloader, "downloader");
  }

  /**
   * Finds the dataset, downloading it if no local copy is known.
   *
   * @param explicitPath the path the user named, if any
   * @param environmentValue the value of {@code TFAL_DATA}, if set; blank counts as unset
   * @throws DataFormatException if a given path does not exist or the download is corrupt
   * @throws IOException if the download fails
   */
  public DataLocation locate(Optional<Path> explicitPath, Optional<String> environmentValue)
      throws IOException {
    if (explicitPath.isPresent()) {
      return existing(explicitPath.get(), DataLocation.Origin.EXPLICIT, "");
    }
    Optional<String> fromEnvironment = environmentValue.filter(value -> !value.isBlank());
    if (fromEnvironment.isPresent()) {
      Path path = Path.of(fromEnvironment.get().strip());
      return existing(path, DataLocation.Origin.ENVIRONMENT, " (from TFAL_DATA)");
    }
    Path cached = cacheDir.resolve(spec.fileName());
    if (Files.isRegularFile(cached)) {
      return new DataLocation(cached, DataLocation.Origin.CACHE);
    }
    return new DataLocation(downloader.download(spec, cacheDir), DataLocation.Origin.DOWNLOAD);
  }

  private static DataLocation existing(Path path, DataLocation.Origin origin, String hint) {
    if (!Files.exists(path)) {
      throw new DataFormatException(path, "no such file or directory" + hint);
    }
    return new DataLocation(path, origin);
  }
}
