package dev.tfal.bench;

import dev.tfal.export.CheckpointExporter;
import dev.tfal.export.ModelMetadata;
import dev.tfal.export.SavedModelClassifier;
import dev.tfal.graph.ModelWeights;
import dev.tfal.io.AtomicFiles;
import dev.tfal.job.TrainJob;
import dev.tfal.text.TextVectorizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code predict} scenario: a SavedModel exported by tfal (random weights, the vectorizer
 * inside), loaded back and called through its {@code serving_default} signature with raw text in
 * batches, as {@code tfal predict} and TensorFlow Serving call it; reviews/s and batch latency.
 */
public final class PredictBench {
  private final ScoreConfig config;
  private final PrintStream progress;

  public PredictBench(ScoreConfig config, PrintStream progress) {
    this.config = config;
    this.progress = progress;
  }

  public BenchResult run() throws IOException {
    List<String> reviews = new SyntheticReviews(13).take(config.reviews());
    List<List<String>> batches = batches(reviews);
    Path dir = Files.createTempDirectory("tfal-bench-predict");
    try {
      Path model = export(reviews, dir.resolve("model"));
      try (SavedModelClassifier classifier = SavedModelClassifier.load(model)) {
        progress.printf("predict: %,d synthetic reviews, warm-up pass%n", reviews.size());
        batches.forEach(classifier::probabilities);
        progress.printf("predict: %d timed passes%n", config.passes());
        List<Double> latencies = new ArrayList<>();
        StepTimes passes =
            StepTimes.measure(
                config.passes(),
                () ->
                    batches.forEach(
                        batch ->
                            latencies.add(
                                StepTimes.measure(1, () -> classifier.probabilities(batch))
                                    .total())));
        StepTimes perBatch =
            new StepTimes(latencies.stream().mapToDouble(Double::doubleValue).toArray());
        double perSecond = reviews.size() / (passes.median() / 1e3);
        progress.printf("predict: %,.0f reviews/s%n", perSecond);
        return new BenchResult.Builder("predict")
            .put("reviews", reviews.size())
            .put("batch_size", config.batchSize())
            .put("reviews_per_second", perSecond)
            .put("seconds", passes.median() / 1e3)
            .put("batch_latency_ms_p50", perBatch.percentile(50))
            .put("batch_latency_ms_p99", perBatch.percentile(99))
            .build();
      }
    } finally {
      AtomicFiles.deleteRecursively(dir);
    }
  }

  private Path export(List<String> reviews, Path target) throws IOException {
    TextVectorizer vectorizer = TextVectorizer.adapt(reviews, config.vectorizer());
    ModelWeights weights = ModelWeights.initial(config.model(), 1);
    ModelMetadata metadata =
        new ModelMetadata(TrainJob.VERSION, config.model(), 0, Map.of(), "synthetic benchmark");
    try (CheckpointExporter exporter =
        new CheckpointExporter(weights, vectorizer.vocabulary(), metadata)) {
      return exporter.write(target, weights, -1, Map.of());
    }
  }

  private List<List<String>> batches(List<String> reviews) {
    List<List<String>> batches = new ArrayList<>();
    for (int start = 0; start < reviews.size(); start += config.batchSize()) {
      batches.add(reviews.subList(start, Math.min(reviews.size(), start + config.batchSize())));
    }
    return batches;
  }
}
