package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import dev.tfal.io.Utf8Text;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads the Large Movie Review Dataset layout {@code aclImdb/{train,test}/{pos,neg}/*.txt}, from a
 * directory (one that is {@code aclImdb} or contains it) or streamed from a {@code .tar.gz} without
 * extracting anything. Other files ({@code train/unsup}, url lists, README) are ignored, as are
 * archive entries with absolute names or {@code ..} segments and files whose name has a line break
 * (it could not be an id). An archive entry with a review's name that is no regular file (a
 * symbolic or hard link, a device) holds no review: it is skipped, and one line on stderr says how
 * many were. Ids look like {@code train/pos/123_8}; the result is sorted by id.
 */
public final class AclImdbReader implements ExampleReader {
  private static final Pattern REVIEW =
      Pattern.compile("(?:(?:[^/]+/)*aclImdb/)?((?:train|test)/(pos|neg)/([^/\\r\\n]+))\\.txt");
  private static final String NONE_FOUND = "no reviews found under aclImdb/{train,test}/{pos,neg}";

  private final PrintStream warnings;

  /** A reader that reports skipped archive entries on stderr. */
  public AclImdbReader() {
    this(System.err);
  }

  /** A reader that reports skipped archive entries to {@code warnings}. */
  public AclImdbReader(PrintStream warnings) {
    this.warnings = warnings;
  }

  @Override
  public List<Example> read(Path path) throws IOException {
    SortedMap<String, Example> byId = Files.isDirectory(path) ? readDirectory(path) : readTar(path);
    if (byId.isEmpty()) {
      throw new DataFormatException(path, NONE_FOUND);
    }
    return List.copyOf(byId.values());
  }

  private static SortedMap<String, Example> readDirectory(Path dir) throws IOException {
    Path root = Files.isDirectory(dir.resolve("aclImdb")) ? dir.resolve("aclImdb") : dir;
    SortedMap<String, Example> byId = new TreeMap<>();
    for (String split : List.of("train", "test")) {
      for (String polarity : List.of("pos", "neg")) {
        Path classDir = root.resolve(split).resolve(polarity);
        if (Files.isDirectory(classDir)) {
          readClassDirectory(classDir, split + "/" + polarity + "/", byId);
        }
      }
    }
    return byId;
  }

  private static void readClassDirectory(
      Path classDir, String prefix, SortedMap<String, Example> byId) throws IOException {
    try (Stream<Path> files = Files.list(classDir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        Matcher review = REVIEW.matcher(prefix + name);
        if (Files.isRegularFile(file) && review.matches()) {
          byId.put(review.group(1), toExample(review, Files.readAllBytes(file), file));
        }
      }
    }
  }

  private SortedMap<String, Example> readTar(Path archive) throws IOException {
    try (InputStream file = Files.newInputStream(archive)) {
      return readTarEntries(archive, new BufferedInputStream(file, 1 << 16));
    }
  }

  private SortedMap<String, Example> readTarEntries(Path archive, InputStream in)
      throws IOException {
    SortedMap<String, Example> byId = new TreeMap<>();
    List<String> notFiles = new ArrayList<>();
    try (TarArchiveInputStream tar = openTarGz(in)) {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        String name =
            entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
        Matcher review = REVIEW.matcher(name);
        if (!isSafe(name) || !review.matches() || entry.isDirectory()) {
          continue;
        }
        if (!isRegularFile(entry)) {
          notFiles.add(name + " (" + kind(entry) + ")");
        } else {
          Path origin = Path.of(archive + "!", name);
          Example example = toExample(review, tar.readAllBytes(), origin);
          if (byId.put(example.id(), example) != null) {
            throw new DataFormatException(origin, "duplicate entry for id " + example.id());
          }
        }
      }
    } catch (IOException e) {
      throw new DataFormatException(archive, "not a readable .tar.gz archive: " + reason(e));
    }
    reportSkipped(archive, notFiles);
    return byId;
  }

  /** One line for all entries that were skipped for not being regular files, if any. */
  private void reportSkipped(Path archive, List<String> notFiles) {
    if (notFiles.isEmpty()) {
      return;
    }
    String shown =
        String.join(", ", notFiles.subList(0, Math.min(3, notFiles.size())))
            + (notFiles.size() > 3 ? ", ..." : "");
    warnings.printf(
        "%s: skipped %d entr%s named like a review but not a regular file: %s%n",
        archive, notFiles.size(), notFiles.size() == 1 ? "y" : "ies", shown);
    warnings.flush();
  }

  /**
   * Whether the entry holds file content. {@link TarArchiveEntry#isFile()} alone also holds for a
   * symbolic link, whose (empty) content would be read as a review.
   */
  private static boolean isRegularFile(TarArchiveEntry entry) {
    return entry.isFile()
        && !entry.isSymbolicLink()
        && !entry.isLink()
        && !entry.isCharacterDevice()
        && !entry.isBlockDevice()
        && !entry.isFIFO();
  }

  private static String kind(TarArchiveEntry entry) {
    if (entry.isSymbolicLink()) {
      return "a symbolic link to " + entry.getLinkName();
    }
    if (entry.isLink()) {
      return "a hard link to " + entry.getLinkName();
    }
    return entry.isCharacterDevice() || entry.isBlockDevice()
        ? "a device"
        : entry.isFIFO() ? "a FIFO" : "type '" + (char) entry.getLinkFlag() + "'";
  }

  /** What went wrong, also for exceptions without a message (a bare end of stream). */
  private static String reason(IOException e) {
    if (e instanceof EOFException && e.getMessage() == null) {
      return "it ends early (truncated?)";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static TarArchiveInputStream openTarGz(InputStream in) throws IOException {
    return new TarArchiveInputStream(
        new BufferedInputStream(new GzipCompressorInputStream(in), 1 << 16));
  }

  private static boolean isSafe(String name) {
    return !name.startsWith("/")
        && !name.contains("\\")
        && Stream.of(name.split("/")).noneMatch(".."::equals);
  }

  private static Example toExample(Matcher review, byte[] bytes, Path origin) {
    int label = review.group(2).equals("pos") ? Example.POSITIVE : Example.NEGATIVE;
    return new Example(review.group(1), Utf8Text.decode(bytes, origin), label);
  }
}
