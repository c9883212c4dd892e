package dev.tfal.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records, in order, the {@link DiskSync} steps taken under one directory (other tests may write
 * elsewhere at the same time), plus marks a test adds itself, such as "an append returned". Each
 * entry reads {@code STEP relative/path}, a rename {@code RENAME source -> target}.
 */
public final class DiskSyncLog implements AutoCloseable {
  private final Path root;
  private final List<String> entries = new CopyOnWriteArrayList<>();
  private final DiskSync.Observation observation;

  public DiskSyncLog(Path root) {
    this.root = root.toAbsolutePath();
    this.observation = DiskSync.observe(this::record);
  }

  private void record(DiskSync.Event event) {
    Path path = event.path().toAbsolutePath();
    if (!path.startsWith(root)) {
      return;
    }
    String name = event.step() + " " + relative(path);
    if (event.step() == DiskSync.Step.RENAME) {
      name =
          event.step() + " " + relative(event.source().toAbsolutePath()) + " -> " + relative(path);
    }
    entries.add(name);
  }

  private String relative(Path path) {
    String name = root.relativize(path).toString();
    return name.isEmpty() ? "." : name;
  }

  /** Adds a mark of the test's own, e.g. "ACK". */
  public void mark(String what) {
    entries.add(what);
  }

  public List<String> entries() {
    return new ArrayList<>(entries);
  }

  /** The position of the first entry equal to {@code entry}; fails the caller when absent. */
  public int first(String entry) {
    int index = entries.indexOf(entry);
    if (index < 0) {
      throw new AssertionError("no '" + entry + "' among " + entries);
    }
    return index;
  }

  @Override
  public void close() {
    observation.close();
  }
}
