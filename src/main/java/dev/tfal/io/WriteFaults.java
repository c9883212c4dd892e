package dev.tfal.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A test seam that makes writes fail as a full disk would. Every tfal writer calls {@link #check}
 * after its bytes are handed to the file system and before they are forced to disk and made
 * visible: {@link AtomicFiles#write}, the label journal's append and the SavedModel writer. In
 * production nothing is injected and a check is one read of an empty list.
 *
 * <p>A test injects a {@link Fault} for the paths it owns and closes the returned injection when
 * done:
 *
 * <pre>{@code
 * try (var disk = WriteFaults.inject(WriteFaults.noSpaceFor(p -> p.endsWith("state.json")))) {
 *   ... // every write of a state.json fails with "No space left on device"
 * }
 * }</pre>
 */
public final class WriteFaults {
  private static final List<Fault> FAULTS = new CopyOnWriteArrayList<>();

  private WriteFaults() {}

  /** Decides whether a write of a file fails; throws the failure. */
  @FunctionalInterface
  public interface Fault {
    void check(Path file) throws IOException;
  }

  /** An injected fault, removed again by {@link #close}. */
  public static final class Injection implements AutoCloseable {
    private final Fault fault;

    private Injection(Fault fault) {
      this.fault = fault;
    }

    @Override
    public void close() {
      FAULTS.remove(fault);
    }
  }

  /** Makes every later write consult {@code fault} until the injection is closed. */
  public static Injection inject(Fault fault) {
    FAULTS.add(fault);
    return new Injection(fault);
  }

  /** A fault that fails writes of the files {@code where} accepts as a full disk does. */
  public static Fault noSpaceFor(Predicate<Path> where) {
    return file -> {
      if (where.test(file)) {
        throw new IOException("No space left on device");
      }
    };
  }

  /** Called by writers before forcing {@code file} to disk; throws an injected failure. */
  public static void check(Path file) throws IOException {
    for (Fault fault : FAULTS) {
      fault.check(file);
    }
  }
}
