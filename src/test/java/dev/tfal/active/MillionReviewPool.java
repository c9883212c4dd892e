package dev.tfal.active;

import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import dev.tfal.graph.ModelSession;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.text.TextVectorizer;
import dev.tfal.text.VectorizerSpec;
import dev.tfal.text.Vocabulary;
import dev.tfal.train.Evaluator;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Child-JVM entry point of {@link PoolScoringMemoryTest}: scores a lazily generated pool of {@code
 * args[0]} synthetic reviews with a tiny model through the controller's path ({@link PoolState}
 * with the session's vectorizer, {@link PoolPredictor}, then a strategy's selection over a {@link
 * PoolView}), checks the first scores against direct scoring, and prints {@code scored N}, the
 * selected count and the heap limit.
 */
final class MillionReviewPool {
  static final String[] WORDS = {
    "good", "bad", "film", "great", "awful", "the", "plot", "acting", "boring", "moving", "zzz"
  };

  /** Length 150 as the reference: the whole pool's token ids would take 600 MB. */
  static final ModelSpec SPEC = new ModelSpec(12, 150, 4, 2, 2, 0.5);

  /** How many of the first reviews are also scored directly, as a check of the streamed scores. */
  private static final int CHECKED = 5000;

  private MillionReviewPool() {}

  /** Review {@code i}: 10 to 29 words drawn with seed {@code i}; built on each access. */
  static List<Example> pool(int size) {
    return new AbstractList<>() {
      @Override
      public Example get(int index) {
        SplittableRandom random = new SplittableRandom(index);
        StringBuilder text = new StringBuilder();
        for (int w = 10 + random.nextInt(20); w > 0; w--) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return new Example("r" + index, text.toString(), index % 2);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  static TextVectorizer vectorizer() {
    List<String> tokens = new ArrayList<>(List.of("", "[UNK]"));
    tokens.addAll(List.of(WORDS).subList(0, SPEC.vocabularySize() - 2));
    return new TextVectorizer(
        Vocabulary.of(tokens), new VectorizerSpec(SPEC.vocabularySize(), SPEC.sequenceLength()));
  }

  /** What {@code run/Encoding} does for the session: token ids and dataset labels. */
  static EncodedExamples encode(TextVectorizer vectorizer, List<Example> examples) {
    int length = vectorizer.sequenceLength();
    int[] ids = new int[examples.size() * length];
    float[] labels = new float[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      vectorizer.vectorizeInto(examples.get(i).text(), ids, i * length);
      labels[i] = examples.get(i).label();
    }
    return new EncodedExamples(ids, labels, length);
  }

  /** The first reviews, scored all at once without the pool: the streamed scores must match. */
  private static float[] directProbabilities(
      ModelSession model, TextVectorizer vectorizer, List<Example> examples) {
    float[] logits = Evaluator.logits(model, encode(vectorizer, new ArrayList<>(examples)), 4096);
    float[] probabilities = new float[logits.length];
    for (int i = 0; i < logits.length; i++) {
      probabilities[i] = (float) (1 / (1 + Math.exp(-logits[i])));
    }
    return probabilities;
  }

  public static void main(String[] args) throws Exception {
    int size = Integer.parseInt(args[0]);
    int batchSize = Integer.parseInt(args[1]);
    TextVectorizer vectorizer = vectorizer();
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (ModelSession model =
        ModelSession.open(SPEC, OptimizerSpec.defaults(), new RuntimeConfig(0, 0), 7)) {
      PoolState pool = new PoolState(pool(size), examples -> encode(vectorizer, examples));
      List<Integer> candidates = pool.candidates();
      float[] probabilities =
          new PoolPredictor(model, batchSize, System.err).probabilities(pool, candidates);
      List<String> ids = candidates.stream().map(i -> pool.example(i).id()).toList();
      PoolView view = PoolView.of(ids, probabilities);
      List<Integer> chosen =
          UncertaintySampling.of(new LeastConfidence()).select(view, 100, new SplittableRandom(1));
      float[] direct = directProbabilities(model, vectorizer, pool(CHECKED));
      for (int i = 0; i < CHECKED; i++) {
        if (Math.abs(direct[i] - probabilities[i]) > 1e-6f) {
          throw new AssertionError("review " + i + ": " + probabilities[i] + " != " + direct[i]);
        }
      }
      System.out.println("scored " + probabilities.length);
      System.out.println("selected " + chosen.size());
      System.out.println("max heap " + Runtime.getRuntime().maxMemory());
    }
  }
}
