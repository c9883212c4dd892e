package dev.tfal.rundir;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tfal.active.LearningConfig;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.job.DataConfig;
import dev.tfal.job.LearnJobConfig;
import dev.tfal.job.ProgressStyle;
import dev.tfal.job.TrainJobConfig;
import dev.tfal.train.TrainConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The resolved configuration a run was started with, as its {@code config.json} holds it (see
 * {@link RunConfigFile}): the job's own records, a schema version and the command. Where the run
 * lives and how it draws progress are not part of it; a resumed run gets them anew.
 *
 * @param schema version of this layout, {@link #SCHEMA} for every record this tfal writes
 * @param command the command that started the run
 * @param dataSourceAsGiven the data source as it was given (a relative path is relative to the
 *     directory tfal was started in), kept to show what was typed
 * @param data data settings with the source as an absolute, normalized path, which a resumed run
 *     reads from whatever directory it is started in
 * @param model architecture
 * @param optimizer optimizer settings
 * @param training fit settings (per round, in a learn run)
 * @param runtime TensorFlow thread and device settings
 * @param learning the active-learning settings of a learn run; empty for a train run
 */
public record RunConfig(
    int schema,
    Command command,
    String dataSourceAsGiven,
    DataConfig data,
    ModelSpec model,
    OptimizerSpec optimizer,
    TrainConfig training,
    RuntimeConfig runtime,
    Optional<LearningConfig> learning) {
  /** The schema version this tfal writes and reads. */
  public static final int SCHEMA = 1;

  /** The command that started a run. */
  public enum Command {
    @JsonProperty("train")
    TRAIN,
    @JsonProperty("learn")
    LEARN;

    /** The command's name on the command line. */
    public String label() {
      return this == TRAIN ? "train" : "learn";
    }
  }

  public RunConfig {
    if (schema != SCHEMA) {
      throw new IllegalArgumentException("schema must be " + SCHEMA + ", got " + schema);
    }
    if (command == null || dataSourceAsGiven == null || data == null || learning == null) {
      throw new IllegalArgumentException(
          "command, dataSourceAsGiven, data and learning must be set");
    }
    if (learning.isPresent() != (command == Command.LEARN)) {
      throw new IllegalArgumentException(
          "a "
              + command.label()
              + " run "
              + (learning.isPresent() ? "has no" : "needs")
              + " learning");
    }
    // Checks data, model, optimizer and training together, as a job would.
    new TrainJobConfig(
        data, model, optimizer, training, runtime, Path.of("."), ProgressStyle.LINES);
    if (!data.source().isAbsolute()) {
      throw new IllegalArgumentException("data.source must be absolute, got " + data.source());
    }
  }

  /** The record of a {@code tfal train} run. */
  public static RunConfig of(TrainJobConfig job) {
    return of(Command.TRAIN, job, Optional.empty());
  }

  /** The record of a {@code tfal learn} session. */
  public static RunConfig of(LearnJobConfig job) {
    return of(Command.LEARN, job.base(), Optional.of(job.learning()));
  }

  private static RunConfig of(
      Command command, TrainJobConfig job, Optional<LearningConfig> learning) {
    return new RunConfig(
        SCHEMA,
        command,
        job.data().source().toString(),
        job.data().withAbsoluteSource(),
        job.model(),
        job.optimizer(),
        job.training(),
        job.runtime(),
        learning);
  }

  /** The train job (or the base of the learn job) this record describes, run in {@code runDir}. */
  public TrainJobConfig trainJob(Path runDir, ProgressStyle progress) {
    return new TrainJobConfig(data, model, optimizer, training, runtime, runDir, progress);
  }

  /**
   * The learn job this record describes, run in {@code runDir}.
   *
   * @throws IllegalStateException if this is the record of a train run
   */
  public LearnJobConfig learnJob(Path runDir, ProgressStyle progress, LearnJobConfig.Start start) {
    LearningConfig settings =
        learning.orElseThrow(() -> new IllegalStateException("the record of a train run"));
    return new LearnJobConfig(trainJob(runDir, progress), settings, start);
  }

  /** This record on one line: {@code command=learn dataSourceAsGiven=... data.source=... ...}. */
  public String oneLine() {
    return RunConfigText.oneLine(this);
  }

  /**
   * The experiment's fields in which this record differs from {@code other}, as {@code path: A
   * there, B here} with this record's value first; joined by {@code "; "}.
   */
  public String differencesFrom(RunConfig other) {
    return RunConfigText.differences(this, other);
  }

  /**
   * Whether {@code other} records the same experiment: the same command, and the jobs' {@code
   * sameExperimentAs} (data by absolute path; runtime, as-given path and directory do not count).
   */
  public boolean sameExperimentAs(RunConfig other) {
    Path here = Path.of(".");
    return command == other.command
        && trainJob(here, ProgressStyle.LINES)
            .sameExperimentAs(other.trainJob(here, ProgressStyle.LINES))
        && learning.equals(other.learning);
  }
}
