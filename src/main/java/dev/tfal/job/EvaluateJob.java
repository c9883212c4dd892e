package dev.tfal.job;

import dev.tfal.data.ColumnSpec;
import dev.tfal.data.Example;
import dev.tfal.data.ExampleSource;
import dev.tfal.data.LabelSet;
import dev.tfal.data.LabeledCorpus;
import dev.tfal.data.SplitIds;
import dev.tfal.data.SplitName;
import dev.tfal.error.DataFormatException;
import dev.tfal.export.SavedModelClassifier;
import dev.tfal.export.SavedModelLayout;
import dev.tfal.io.AtomicFiles;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.metrics.ClassifierScores;
import dev.tfal.rundir.RunDirectory;
import dev.tfal.text.TextVectorizer;
import dev.tfal.text.VectorizerSpec;
import dev.tfal.train.Evaluator;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code tfal evaluate}: a saved model on one split of its run (by the split's saved ids) or on a
 * whole data file.
 */
public final class EvaluateJob {
  /** What to evaluate on. */
  public record Target(Path data, ColumnSpec columns, Optional<SplitName> split) {}

  private final PrintStream log;

  public EvaluateJob(PrintStream log) {
    this.log = log;
  }

  /** The SavedModel directory for a run directory or a SavedModel directory. */
  public static Path savedModelDir(Path modelOrRun) throws IOException {
    Path best = new RunDirectory(modelOrRun).best();
    if (Files.isDirectory(modelOrRun)) {
      AtomicFiles.recoverDirectory(best);
    }
    boolean isModel = Files.isRegularFile(SavedModelLayout.savedModelFile(modelOrRun));
    return !isModel && Files.isDirectory(best) ? best : modelOrRun;
  }

  /** Evaluates, holding the run's lock when {@code modelOrRun} is a run directory. */
  public ClassifierScores run(Path modelOrRun, Target target, int batchSize) throws IOException {
    try (Closeable lock = RunDirectory.lockIfRun(modelOrRun)) {
      return evaluate(modelOrRun, target, batchSize);
    }
  }

  private ClassifierScores evaluate(Path modelOrRun, Target target, int batchSize)
      throws IOException {
    Path modelDir = savedModelDir(modelOrRun);
    try (SavedModelClassifier model = SavedModelClassifier.load(modelDir)) {
      LabelSet labels = model.metadata().labelSet();
      LabeledCorpus corpus =
          ExampleSource.read(target.data(), target.columns().withLabels(labels.names()));
      if (!corpus.labels().equals(labels)) {
        throw new DataFormatException(
            target.data(),
            "its labels " + corpus.labels().names() + " are not the model's " + labels.names());
      }
      List<Example> examples = select(corpus, modelDir, target);
      log.printf("Evaluating %s on %,d reviews%n", modelDir, examples.size());
      TextVectorizer vectorizer =
          new TextVectorizer(
              model.vocabulary(),
              new VectorizerSpec(model.vocabulary().size(), model.sequenceLength()));
      return Evaluator.classify(model, Encoding.encode(vectorizer, examples), batchSize, labels);
    }
  }

  private static List<Example> select(LabeledCorpus corpus, Path modelDir, Target target)
      throws IOException {
    if (target.split().isEmpty()) {
      return corpus.examples();
    }
    Path runDir = modelDir.toAbsolutePath().normalize().getParent();
    Path ids = SplitIds.file(runDir, target.split().get());
    if (!Files.isRegularFile(ids) && !Files.exists(ChecksummedFiles.checksumFile(ids))) {
      throw new DataFormatException(
          ids,
          "no split ids next to the model; pass --all to " + "evaluate on the whole data file");
    }
    return SplitIds.read(ids, corpus.examples());
  }
}
