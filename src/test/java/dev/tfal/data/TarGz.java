package dev.tfal.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds small .tar.gz archives for tests; entries keep insertion order. */
final class TarGz {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  /** Entries that are no regular file, by name: their tar type flag and link target. */
  private final Map<String, Map.Entry<Byte, String>> special = new LinkedHashMap<>();

  TarGz add(String name, String content) {
    return add(name, content.getBytes(StandardCharsets.UTF_8));
  }

  TarGz add(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  /** Adds a symbolic link {@code name} to {@code target}. */
  TarGz addSymlink(String name, String target) {
    return addSpecial(name, TarConstants.LF_SYMLINK, target);
  }

  /** Adds an entry of tar type {@code flag} (a link, a FIFO, a device) with no content. */
  TarGz addSpecial(String name, byte flag, String linkTarget) {
    entries.put(name, null);
    special.put(name, Map.entry(flag, linkTarget));
    return this;
  }

  /** Adds every file under {@code dir}, named {@code prefix + relative path}. */
  TarGz addTree(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        add(prefix + relative, Files.readAllBytes(file));
      }
    }
    return this;
  }

  Path writeTo(Path archive) throws IOException {
    try (OutputStream file = Files.newOutputStream(archive);
        TarArchiveOutputStream tar =
            new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        Map.Entry<Byte, String> kind = special.get(entry.getKey());
        if (kind != null) {
          TarArchiveEntry header = new TarArchiveEntry(entry.getKey(), kind.getKey(), true);
          header.setLinkName(kind.getValue());
          tar.putArchiveEntry(header);
          tar.closeArchiveEntry();
          continue;
        }
        TarArchiveEntry header = new TarArchiveEntry(entry.getKey(), true);
        header.setSize(entry.getValue().length);
        tar.putArchiveEntry(header);
        tar.write(entry.getValue());
        tar.closeArchiveEntry();
      }
    }
    return archive;
  }
}
