package dev.tfal.bench;

import dev.tfal.data.EncodedExamples;
import dev.tfal.graph.InferenceSession;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.text.TextVectorizer;
import dev.tfal.text.VectorizerSpec;
import dev.tfal.train.Evaluator;
import java.io.PrintStream;
import java.util.List;

/**
 * The {@code score} scenario: pool scoring from raw text as the active-learning controller does it,
 * vectorizing in Java then running the inference graph with dropout off in batches, timed from the
 * raw strings to the probabilities (median of repeated passes over the same reviews).
 */
public final class ScoreBench {
  private final ScoreConfig config;
  private final PrintStream progress;

  public ScoreBench(ScoreConfig config, PrintStream progress) {
    this.config = config;
    this.progress = progress;
  }

  public BenchResult run() {
    List<String> reviews = new SyntheticReviews(11).take(config.reviews());
    VectorizerSpec vectorizerSpec = config.vectorizer();
    TextVectorizer vectorizer = TextVectorizer.adapt(reviews, vectorizerSpec);
    ModelSpec model = config.model();
    try (InferenceSession session =
        InferenceSession.open(model, ModelWeights.initial(model, 1), config.runtime())) {
      Runnable pass =
          () -> {
            int[] ids = vectorizer.vectorizeAll(reviews);
            float[] none = new float[reviews.size()];
            Evaluator.logits(
                session,
                new EncodedExamples(ids, none, model.sequenceLength()),
                config.batchSize());
          };
      progress.printf("score: %,d synthetic reviews, warm-up pass%n", reviews.size());
      pass.run();
      progress.printf("score: %d timed passes%n", config.passes());
      StepTimes times = StepTimes.measure(config.passes(), pass);
      StepTimes vectorizing =
          StepTimes.measure(config.passes(), () -> vectorizer.vectorizeAll(reviews));
      double perSecond = reviews.size() / (times.median() / 1e3);
      progress.printf("score: %,.0f reviews/s%n", perSecond);
      return new BenchResult.Builder("score")
          .put("lstm_kernel", config.runtime().lstmKernel().label())
          .put("reviews", reviews.size())
          .put("batch_size", config.batchSize())
          .put("reviews_per_second", perSecond)
          .put("seconds", times.median() / 1e3)
          .put("vectorize_reviews_per_second", reviews.size() / (vectorizing.median() / 1e3))
          .build();
    }
  }
}
