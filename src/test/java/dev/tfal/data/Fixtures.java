package dev.tfal.data;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Paths of the hand-written fixtures under src/test/resources/data and example factories. */
final class Fixtures {
  private static Path aclImdb;

  private Fixtures() {}

  /**
   * The aclImdb-layout directory: 3+2 positive and 3+2 negative reviews plus ignored files, written
   * once per test JVM into a temporary directory from {@code aclimdb-fixture.tsv} (kept as one file
   * so that no path in the repository looks like part of the IMDB dataset).
   */
  static synchronized Path aclImdbDir() {
    if (aclImdb == null) {
      try {
        aclImdb = materialize(Files.createTempDirectory("tfal-fixture").resolve("aclImdb"));
      } catch (IOException | URISyntaxException e) {
        throw new IllegalStateException("cannot write the aclImdb fixture", e);
      }
    }
    return aclImdb;
  }

  private static Path materialize(Path root) throws IOException, URISyntaxException {
    Path manifest = Path.of(Fixtures.class.getResource("/data/aclimdb-fixture.tsv").toURI());
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      Path file = root.resolve(line.substring(0, tab));
      Files.createDirectories(file.getParent());
      String content = line.substring(tab + 1).replace("\\n", "\n").replace("\\\\", "\\");
      Files.writeString(file, content, StandardCharsets.UTF_8);
    }
    return root;
  }

  /** {@code negatives} negative then {@code positives} positive examples with ids n0.., p0... */
  static List<Example> examples(int negatives, int positives) {
    List<Example> all = new ArrayList<>();
    for (int i = 0; i < negatives; i++) {
      all.add(new Example("n" + i, "bad " + i, Example.NEGATIVE));
    }
    for (int i = 0; i < positives; i++) {
      all.add(new Example("p" + i, "good " + i, Example.POSITIVE));
    }
    return all;
  }
}
