package dev.tfal.io;

import dev.tfal.error.CorruptFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The content of a checksum file {@code <name>.sha256}: the digest of the committed version of
 * {@code <name>} as a {@code sha256sum} line ({@code <hex> <name>}), and while a new version is
 * being put in place, its digest on a line {@code # pending <hex>}. Outside that window, {@code
 * sha256sum -c <name>.sha256} checks the file.
 *
 * @param committed digest of the version last put in place completely, if any
 * @param pending digest of a version being written, if any
 */
record ChecksumRecord(Optional<String> committed, Optional<String> pending) {
  private static final String PENDING = "# pending ";

  static ChecksumRecord committed(String digest) {
    return new ChecksumRecord(Optional.of(digest), Optional.empty());
  }

  /** The record written before {@code digest}'s version is renamed into place. */
  ChecksumRecord withPending(String digest) {
    return new ChecksumRecord(committed, Optional.of(digest));
  }

  /** Whether content with {@code digest} is a version this record vouches for. */
  boolean accepts(String digest) {
    return committed.filter(digest::equals).or(() -> pending.filter(digest::equals)).isPresent();
  }

  String format(String fileName) {
    StringBuilder text = new StringBuilder();
    committed.ifPresent(d -> text.append(d).append("  ").append(fileName).append('\n'));
    pending.ifPresent(d -> text.append(PENDING).append(d).append('\n'));
    return text.toString();
  }

  /**
   * Parses the checksum file {@code sidecar} of {@code fileName}.
   *
   * @throws CorruptFileException naming the checksum file if it is not in this format
   */
  static ChecksumRecord parse(String text, Path sidecar, String fileName) {
    Optional<String> committed = Optional.empty();
    Optional<String> pending = Optional.empty();
    List<String> lines = new ArrayList<>(text.lines().toList());
    if (lines.isEmpty() || !text.endsWith("\n")) {
      throw new CorruptFileException(sidecar, "damaged checksum file: empty or truncated");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(PENDING) && Sha256.isDigest(line.substring(PENDING.length()))) {
        pending = Optional.of(line.substring(PENDING.length()));
      } else if (line.equals(line.substring(0, Math.min(64, line.length())) + "  " + fileName)
          && Sha256.isDigest(line.substring(0, 64))) {
        committed = Optional.of(line.substring(0, 64));
      } else {
        throw new CorruptFileException(
            sidecar, i + 1L, "damaged checksum file: expected '<sha256>  " + fileName + "'");
      }
    }
    return new ChecksumRecord(committed, pending);
  }
}
