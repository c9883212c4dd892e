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
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds small .tar.gz archives for tests; entries keep insertion order. */
final class TarGz {
  private final Map<String, byte[]> entries = new LinkedHashMap<>();

  TarGz add(String name, String content) {
    return add(name, content.getBytes(StandardCharsets.UTF_8));
  }

  TarGz add(String name, byte[] content) {
    entries.put(name, content);
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
