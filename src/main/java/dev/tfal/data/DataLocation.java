package dev.tfal.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the data was found and why that place was chosen.
 *
 * @param path the dataset file or directory
 * @param origin which step of the resolution order supplied it
 */
public record DataLocation(Path path, Origin origin) {
  /** The steps of {@link DataLocator}'s resolution order. */
  public enum Origin {
    /** An explicit path, such as {@code --data PATH}. */
    EXPLICIT,
    /** The {@code TFAL_DATA} environment variable. */
    ENVIRONMENT,
    /** A previously downloaded copy in the cache directory. */
    CACHE,
    /** Downloaded into the cache directory just now. */
    DOWNLOAD
  }

  public DataLocation {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(origin, "origin must not be null");
  }
}
