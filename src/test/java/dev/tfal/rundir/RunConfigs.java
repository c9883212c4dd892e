package dev.tfal.rundir;

import dev.tfal.active.LearningConfig;
import dev.tfal.data.ColumnSpec;
import dev.tfal.data.SplitSizes;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.job.DataConfig;
import dev.tfal.job.LearnJobConfig;
import dev.tfal.job.ProgressStyle;
import dev.tfal.job.TrainJobConfig;
import dev.tfal.text.VectorizerSpec;
import dev.tfal.train.TrainConfig;
import java.nio.file.Path;

/** Job configurations for record tests: the reference model on {@code data}, split 8/8/8. */
final class RunConfigs {
  private RunConfigs() {}

  static LearnJobConfig learn(Path data, LearningConfig learning) {
    return learn(data, learning, RuntimeConfig.defaults());
  }

  static LearnJobConfig learn(Path data, LearningConfig learning, RuntimeConfig runtime) {
    DataConfig dataConfig =
        new DataConfig(
            data, ColumnSpec.defaults(), new SplitSizes(8, 8, 8), 7, VectorizerSpec.reference());
    TrainJobConfig base =
        new TrainJobConfig(
            dataConfig,
            ModelSpec.reference(),
            OptimizerSpec.defaults(),
            TrainConfig.defaults().withSeed(8),
            runtime,
            Path.of("runs", "r"),
            ProgressStyle.LINES);
    return new LearnJobConfig(base, learning, LearnJobConfig.Start.NEW);
  }
}
