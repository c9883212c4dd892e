package dev.tfal.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real data under {@code ../shared/data} (from the repository root), which is not committed. A
 * test that needs a file there calls {@link #require}: when the file is absent, the test is aborted
 * (skipped) and the build output says so, one line per test class, naming the file and where it was
 * looked for, instead of a silent skip.
 */
public final class SharedData {
  /** The directory the real data is expected in. */
  public static final Path DIR = Path.of("..", "shared", "data");

  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  private SharedData() {}

  /**
   * The path of {@code name} under {@link #DIR}; aborts the calling test, after one line on stderr
   * for {@code testClass}, if it is not a regular file.
   */
  public static Path require(Class<?> testClass, String name) {
    Path file = DIR.resolve(name);
    if (!Files.isRegularFile(file)) {
      String reason =
          "needs "
              + file
              + " (absent at "
              + file.toAbsolutePath().normalize()
              + "); put the real data there to run it";
      if (REPORTED.add(testClass.getName() + " " + name)) {
        System.err.println("SKIPPED " + testClass.getSimpleName() + ": " + reason);
      }
      assumeTrue(false, reason);
    }
    return file;
  }
}
