package dev.tfal.job;

import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.train.TrainConfig;
import java.nio.file.Path;

/**
 * Everything {@code tfal train} needs, resolved and validated.
 *
 * @param data data source, splits and vectorizer
 * @param model architecture
 * @param optimizer optimizer settings
 * @param training fit settings; its seed also draws the initial weights
 * @param runtime TensorFlow thread settings
 * @param runDir where the run's files go
 * @param progress how progress is drawn
 */
public record TrainJobConfig(
    DataConfig data,
    ModelSpec model,
    OptimizerSpec optimizer,
    TrainConfig training,
    RuntimeConfig runtime,
    Path runDir,
    ProgressStyle progress) {

  public TrainJobConfig {
    if (data == null || model == null || optimizer == null || training == null) {
      throw new IllegalArgumentException("data, model, optimizer and training must not be null");
    }
    if (runtime == null || runDir == null || progress == null) {
      throw new IllegalArgumentException("runtime, runDir and progress must not be null");
    }
    if (data.vectorizer().maxTokens() != model.vocabularySize()) {
      throw new IllegalArgumentException(
          "model vocabularySize "
              + model.vocabularySize()
              + " must equal the vectorizer's maxTokens "
              + data.vectorizer().maxTokens());
    }
    if (data.vectorizer().sequenceLength() != model.sequenceLength()) {
      throw new IllegalArgumentException(
          "model sequenceLength "
              + model.sequenceLength()
              + " must equal the vectorizer's "
              + data.vectorizer().sequenceLength());
    }
  }

  /**
   * Whether {@code other} trains the same model on the same data: equal data settings (the source
   * compared as an absolute path), model, optimizer and training settings; the run directory,
   * runtime and progress style do not count.
   */
  public boolean sameExperimentAs(TrainJobConfig other) {
    return data.withAbsoluteSource().equals(other.data.withAbsoluteSource())
        && model.equals(other.model)
        && optimizer.equals(other.optimizer)
        && training.equals(other.training);
  }

  /** The same job reading its data as {@code value} says. */
  public TrainJobConfig withData(DataConfig value) {
    return new TrainJobConfig(value, model, optimizer, training, runtime, runDir, progress);
  }

  /** The same job with the model sized for {@code classes} classes. */
  public TrainJobConfig withClasses(int classes) {
    return new TrainJobConfig(
        data, model.withClasses(classes), optimizer, training, runtime, runDir, progress);
  }

  /** The same job with another seed for the split, the initial weights and the shuffles. */
  public TrainJobConfig withSeed(long seed) {
    DataConfig reseeded = data.withSeed(seed);
    return new TrainJobConfig(
        reseeded, model, optimizer, training.withSeed(seed), runtime, runDir, progress);
  }

  /** The same job, split alike, with another seed for the initial weights and the shuffles. */
  public TrainJobConfig withTrainingSeed(long seed) {
    return new TrainJobConfig(
        data, model, optimizer, training.withSeed(seed), runtime, runDir, progress);
  }

  public TrainJobConfig withRunDir(Path dir) {
    return new TrainJobConfig(data, model, optimizer, training, runtime, dir, progress);
  }
}
