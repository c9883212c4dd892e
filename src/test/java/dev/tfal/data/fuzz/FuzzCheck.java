package dev.tfal.data.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import dev.tfal.error.DataFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The property every reader of untrusted files must have: reading mutated input either succeeds or
 * fails with a {@link DataFormatException} naming the file; nothing else escapes.
 */
public final class FuzzCheck {
  private FuzzCheck() {}

  /** Reads one file; the reader under test. */
  @FunctionalInterface
  public interface FileReader {
    void read(Path file) throws IOException;
  }

  /**
   * Writes {@code cases} mutations of {@code valid} to {@code file} in turn and reads each one.
   *
   * @param seed seeds the mutations; a failure message names it and the case
   */
  public static void check(Path file, byte[] valid, long seed, int cases, FileReader reader)
      throws IOException {
    Mutator mutator = new Mutator(seed);
    for (int i = 0; i < cases; i++) {
      byte[] input = mutator.mutate(valid);
      Files.write(file, input);
      readOnce(file, input, "seed " + seed + ", case " + i, reader);
    }
  }

  /**
   * Reads {@code file} (holding {@code input}) once and fails on anything but success or a data
   * error.
   */
  public static void readOnce(Path file, byte[] input, String label, FileReader reader) {
    try {
      reader.read(file);
    } catch (DataFormatException e) {
      if (!e.getMessage().contains(file.toString())) {
        fail(label + ": error does not name the file: " + e.getMessage());
      }
    } catch (Exception | StackOverflowError e) {
      AssertionError failure =
          new AssertionError(label + ": " + e + " escaped on input: " + Mutator.describe(input), e);
      throw failure;
    }
  }
}
