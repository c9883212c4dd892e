package dev.tfal.rundir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.error.CorruptFileException;
import dev.tfal.io.ChecksummedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The files of an active-learning run directory, beyond those of a training run. */
public record LearnDirectory(RunDirectory run) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public Path journal() {
    return run.root().resolve("labels.jsonl");
  }

  /** The arguments of the {@code learn} command that started the session. */
  public Path arguments() {
    return run.root().resolve("arguments.json");
  }

  /**
   * The saved arguments of the session, checked against their checksum file.
   *
   * @throws CorruptFileException if they do not match it or are not a JSON list of strings
   */
  public List<String> readArguments() throws IOException {
    byte[] content = ChecksummedFiles.read(arguments());
    try {
      return JSON.readValue(content, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new CorruptFileException(
          arguments(), "not the arguments tfal wrote: " + e.getOriginalMessage());
    }
  }

  public Path state() {
    return run.root().resolve("state.json");
  }

  public Path rounds() {
    return run.root().resolve("rounds.csv");
  }

  public Path learningCurve() {
    return run.root().resolve("learning-curve.png");
  }

  /** The best model of one round. */
  public Path roundBest(int round) {
    return run.root().resolve("rounds").resolve("round-" + round);
  }
}
