package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --training-seed} separates the seed of the weights and shuffles from the seed of the
 * split: four micro {@code train} runs, {@code --seed 7} alone, with {@code --training-seed 7},
 * with {@code --training-seed 8}, and {@code --seed 8}.
 */
class TrainingSeedTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> SPLITS = List.of("validation", "test", "initial", "pool");

  @TempDir static Path tmp;
  private static Path plain;
  private static Path sameTrainingSeed;
  private static Path otherTrainingSeed;
  private static Path otherSplit;

  @BeforeAll
  static void train() throws IOException {
    TfalHome home = TfalHome.create(tmp);
    plain = run(home, "plain", "--seed", "7");
    sameTrainingSeed = run(home, "same", "--seed", "7", "--training-seed", "7");
    otherTrainingSeed = run(home, "other", "--seed", "7", "--training-seed", "8");
    otherSplit = run(home, "split", "--seed", "8");
  }

  private static Path run(TfalHome home, String name, String... seeds) {
    Path out = tmp.resolve(name);
    String[] args =
        TfalHome.microArgs(
            "train", concat(seeds, "--threads", "1", "--epochs", "2", "--out", out.toString()));
    Execution execution = home.run(args);
    assertEquals(0, execution.code(), execution.describe());
    return out;
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = new String[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void theTrainingSeedDefaultsToTheSeed() throws IOException {
    assertEquals(history(plain), history(sameTrainingSeed));
    assertEquals(splits(plain), splits(sameTrainingSeed));
  }

  @Test
  void anotherTrainingSeedKeepsTheSplitAndChangesTheTraining() throws IOException {
    assertEquals(splits(plain), splits(otherTrainingSeed));
    assertNotEquals(history(plain), history(otherTrainingSeed));
  }

  @Test
  void anotherSeedChangesTheSplit() throws IOException {
    assertNotEquals(splits(plain), splits(otherSplit));
  }

  @Test
  void configRecordsBothSeeds() throws IOException {
    JsonNode config = JSON.readTree(otherTrainingSeed.resolve("config.json").toFile());
    assertEquals(7, config.at("/data/seed").asLong(), config.toString());
    assertEquals(8, config.at("/training/seed").asLong(), config.toString());
  }

  @Test
  void compareRefusesATrainingSeed() throws IOException {
    TfalHome home = TfalHome.create(tmp.resolve("compare"));
    Execution run =
        home.run(
            TfalHome.microArgs(
                "compare", "--training-seed", "3", "--out", tmp.resolve("cmp").toString()));
    assertEquals(ExitCodes.USAGE, run.code(), run.describe());
    assertTrue(run.err().contains("--training-seed is for train and learn"), run.describe());
    assertTrue(TfalHome.isAbsentOrEmpty(tmp.resolve("cmp")), "nothing written");
  }

  private static List<String> history(Path run) throws IOException {
    return Files.readAllLines(run.resolve("history.csv"));
  }

  private static Map<String, List<String>> splits(Path run) throws IOException {
    Map<String, List<String>> splits = new LinkedHashMap<>();
    for (String split : SPLITS) {
      splits.put(split, Files.readAllLines(run.resolve("splits").resolve(split + ".txt")));
    }
    return splits;
  }
}
