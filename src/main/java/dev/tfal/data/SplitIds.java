package dev.tfal.data;

import dev.tfal.error.DataFormatException;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.io.Utf8Text;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Saves splits as id lists, one id per line, in {@code <dir>/splits/<split>.txt}, and rebuilds them
 * from the full example list, so a run can be resumed or reproduced without the seed. Each id file
 * has a checksum file beside it ({@link ChecksummedFiles}), checked on read.
 */
public final class SplitIds {
  /** The subdirectory of the run directory that holds the id files. */
  public static final String DIRECTORY = "splits";

  private SplitIds() {}

  /** The id file of split {@code name} under run directory {@code dir}. */
  public static Path file(Path dir, SplitName name) {
    return dir.resolve(DIRECTORY).resolve(name.fileName());
  }

  /** Writes one id file per split, each atomically with its checksum file. */
  public static void write(Path dir, Splits splits) throws IOException {
    for (SplitName name : SplitName.values()) {
      StringBuilder content = new StringBuilder();
      for (Example example : splits.get(name)) {
        content.append(example.id()).append('\n');
      }
      ChecksummedFiles.writeString(file(dir, name), content.toString());
    }
  }

  /** Rebuilds all four splits written by {@link #write} under {@code dir}. */
  public static Splits readAll(Path dir, List<Example> all) throws IOException {
    Map<String, Example> byId = index(all);
    List<List<Example>> parts = new ArrayList<>();
    for (SplitName name : SplitName.values()) {
      parts.add(read(file(dir, name), byId));
    }
    return new Splits(parts.get(0), parts.get(1), parts.get(2), parts.get(3));
  }

  /**
   * The examples whose ids {@code idFile} lists, in file order; blank lines are skipped.
   *
   * @throws DataFormatException naming the file and line of an id that is unknown or repeated
   * @throws dev.tfal.error.CorruptFileException if the file does not match its checksum file
   */
  public static List<Example> read(Path idFile, List<Example> all) throws IOException {
    return read(idFile, index(all));
  }

  private static List<Example> read(Path idFile, Map<String, Example> byId) throws IOException {
    List<String> lines = Utf8Text.decode(ChecksummedFiles.read(idFile), idFile).lines().toList();
    List<Example> examples = new ArrayList<>(lines.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String id = lines.get(i).strip();
      if (id.isEmpty()) {
        continue;
      }
      Example example = byId.get(id);
      if (example == null) {
        throw new DataFormatException(
            idFile,
            i + 1,
            "unknown id \""
                + id
                + "\": no example of the dataset has it; was the split written for other data?");
      }
      if (!seen.add(id)) {
        throw new DataFormatException(idFile, i + 1, "id \"" + id + "\" is listed twice");
      }
      examples.add(example);
    }
    return examples;
  }

  private static Map<String, Example> index(List<Example> all) {
    return all.stream()
        .collect(
            Collectors.toMap(
                Example::id,
                Function.identity(),
                (a, b) -> {
                  throw new DataFormatException("duplicate id \"" + a.id() + "\" in the dataset");
                }));
  }
}
