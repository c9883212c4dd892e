package dev.tfal.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfal.active.LearningConfig;
import dev.tfal.active.RatioSource;
import dev.tfal.active.RoundStart;
import dev.tfal.error.CorruptFileException;
import dev.tfal.error.DataFormatException;
import dev.tfal.graph.ComputeDevice;
import dev.tfal.graph.LstmKernel;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.job.LearnJobConfig;
import dev.tfal.job.ProgressStyle;
import dev.tfal.job.TrainJobConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * config.json: a run's record is written from its job records and read back into equal ones, with
 * its checksum; a record of another layout, another schema or an earlier tfal is refused naming
 * what it is.
 */
class RunConfigFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void aLearnRecordReadsBackIntoEqualRecords() throws IOException {
    LearnJobConfig job =
        RunConfigs.learn(
            Path.of("data/reviews.csv"),
            settings(2),
            new RuntimeConfig(2, 1, LstmKernel.UNROLLED, ComputeDevice.CPU));
    RunDirectory dir = new RunDirectory(tmp);
    RunConfigFile.write(RunConfig.of(job), dir.config());

    RunConfig read = RunConfigFile.read(dir);

    assertEquals(RunConfig.of(job), read);
    assertTrue(Files.isRegularFile(ChecksummedFiles.checksumFile(dir.config())));
    LearnJobConfig resumed = read.learnJob(tmp, ProgressStyle.REDRAW, LearnJobConfig.Start.RESUME);
    assertEquals(job.learning(), resumed.learning());
    assertEquals(job.base().runtime(), resumed.base().runtime());
    assertEquals(tmp, resumed.base().runDir());
    assertTrue(resumed.sameExperimentAs(job));
  }

  @Test
  void theDataSourceIsKeptAsGivenAndAbsolute() throws IOException {
    RunDirectory dir = new RunDirectory(tmp);
    RunConfigFile.write(
        RunConfig.of(RunConfigs.learn(Path.of("data/../data/reviews.csv"), settings(2))),
        dir.config());

    JsonNode file = JSON.readTree(dir.config().toFile());

    assertEquals(1, file.get("schema").asInt());
    assertEquals("learn", file.get("command").asText());
    assertEquals("data/../data/reviews.csv", file.get("dataSourceAsGiven").asText());
    Path absolute = Path.of("data/reviews.csv").toAbsolutePath();
    assertEquals(absolute.toString(), file.at("/data/source").asText());
    assertEquals(absolute, RunConfigFile.read(dir).data().source());
  }

  @Test
  void aTrainRecordHasNoLearningSettings() throws IOException {
    TrainJobConfig job = RunConfigs.learn(Path.of("d.csv"), settings(2)).base();
    RunDirectory dir = new RunDirectory(tmp);
    RunConfigFile.write(RunConfig.of(job), dir.config());

    RunConfig read = RunConfigFile.read(dir);

    assertEquals(RunConfig.Command.TRAIN, read.command());
    assertEquals(Optional.empty(), read.learning());
    assertTrue(read.trainJob(tmp, ProgressStyle.LINES).sameExperimentAs(job));
    assertThrows(
        IllegalStateException.class,
        () -> read.learnJob(tmp, ProgressStyle.LINES, LearnJobConfig.Start.RESUME));
  }

  @Test
  void aFieldTheRecordDoesNotHaveOrLacksIsRefused() throws IOException {
    for (String field : new String[] {"/data", "/learning"}) {
      ObjectNode tree = writtenTree();
      ((ObjectNode) tree.at(field)).put("extra", 1);
      CorruptFileException added = assertThrows(CorruptFileException.class, () -> reread(tree));
      assertTrue(added.getMessage().contains("not the record tfal wrote"), added.getMessage());
      assertTrue(added.getMessage().contains("\"extra\""), added.getMessage());
    }
    ObjectNode lacking = writtenTree();
    ((ObjectNode) lacking.get("learning")).remove("queriesPerRound");
    CorruptFileException e = assertThrows(CorruptFileException.class, () -> reread(lacking));
    assertTrue(e.getMessage().contains("queriesPerRound"), e.getMessage());
  }

  @Test
  void anotherSchemaIsRefusedNamingBoth() throws IOException {
    ObjectNode tree = writtenTree();
    tree.put("schema", 2);

    DataFormatException e = assertThrows(DataFormatException.class, () -> reread(tree));

    assertEquals(
        tmp.resolve("config.json")
            + ": schema 2, written by another tfal version; this one reads schema 1",
        e.getMessage());
  }

  @Test
  void runDirectoriesOfTheEarlierTfalAreRefusedSayingSo() throws Exception {
    for (String name : new String[] {"old-learn", "old-train"}) {
      Path fixture = Path.of(getClass().getResource("/rundir/" + name).toURI());
      DataFormatException e =
          assertThrows(
              DataFormatException.class, () -> RunConfigFile.read(new RunDirectory(fixture)));
      assertTrue(
          e.getMessage().startsWith(fixture + ": written by an earlier tfal, which kept"),
          e.getMessage());
      assertFalse(e instanceof CorruptFileException, "an intact old directory is not damaged");
    }
  }

  @Test
  void aDirectoryWithoutARecordHasNone() throws IOException {
    RunDirectory dir = new RunDirectory(tmp);
    assertEquals(Optional.empty(), RunConfigFile.readIfPresent(dir));
    DataFormatException e = assertThrows(DataFormatException.class, () -> RunConfigFile.read(dir));
    assertEquals(dir.config() + ": missing: not a tfal run directory", e.getMessage());
    Files.writeString(dir.legacyArguments(), "[\"--data\", \"d.csv\"]");
    assertThrows(DataFormatException.class, () -> RunConfigFile.readIfPresent(dir));
  }

  @Test
  void recordsDifferByTheirExperimentFieldsOnly() {
    RunConfig saved = RunConfig.of(RunConfigs.learn(Path.of("d.csv"), settings(3)));
    RunConfig here = RunConfig.of(RunConfigs.learn(Path.of("d.csv"), settings(2)));
    RunConfig otherThreads =
        RunConfig.of(RunConfigs.learn(Path.of(".", "d.csv"), settings(3), new RuntimeConfig(1, 1)));

    assertFalse(saved.sameExperimentAs(here));
    assertEquals("learning.queriesPerRound: 3 there, 2 here", saved.differencesFrom(here));
    assertTrue(saved.sameExperimentAs(otherThreads), "threads and the path as given differ");
    assertEquals("no field differs as written", saved.differencesFrom(otherThreads));
    String line = saved.oneLine();
    assertTrue(line.startsWith("command=learn dataSourceAsGiven=d.csv data.source=/"), line);
    assertTrue(line.contains(" learning.queriesPerRound=3 "), line);
    assertTrue(line.contains(" learning.ratioSource=TEST "), line);
    assertFalse(line.contains("schema") || line.contains("\n") || line.contains("null"), line);
  }

  /** Non-default values in every optional and enum field, so that each must survive the trip. */
  private static LearningConfig settings(int queries) {
    return new LearningConfig(
        "entropy",
        5,
        queries,
        4,
        Optional.of(100),
        Optional.of(0.9),
        Optional.empty(),
        RatioSource.TEST,
        0.25,
        RoundStart.RESET,
        Optional.of(0.95),
        "simulated");
  }

  private ObjectNode writtenTree() throws IOException {
    RunDirectory dir = new RunDirectory(tmp);
    LearnJobConfig job =
        RunConfigs.learn(
            Path.of("d.csv"),
            settings(2),
            new RuntimeConfig(2, 1, LstmKernel.UNROLLED, ComputeDevice.CPU));
    RunConfigFile.write(RunConfig.of(job), dir.config());
    return (ObjectNode) JSON.readTree(dir.config().toFile());
  }

  /** {@code tree} written as config.json with a matching checksum, then read as a record. */
  private RunConfig reread(JsonNode tree) throws IOException {
    RunDirectory dir = new RunDirectory(tmp);
    ChecksummedFiles.writeString(dir.config(), JSON.writeValueAsString(tree));
    return RunConfigFile.read(dir);
  }
}
