package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.active.ActiveLearningControllerTest.Tasks;
import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import dev.tfal.graph.ModelSession;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.train.Evaluator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One query step against an untrained tiny model: what is asked, what is journaled (and when), what
 * the round result reports.
 */
class QueryRoundTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  private static ModelSession model;
  private final Tasks task = Tasks.balanced(8, 10);
  @TempDir Path tmp;

  @BeforeAll
  static void openModel() {
    model = ModelSession.open(Tasks.SPEC, OptimizerSpec.defaults(), new RuntimeConfig(1, 1), 3);
  }

  @AfterAll
  static void closeModel() {
    model.close();
  }

  @Test
  void everyAnswerIsOnDiskAndLabelledWhenAskReturns() throws IOException {
    PoolState pool = pool();
    try (LabelJournal journal = LabelJournal.open(tmp.resolve("labels.jsonl"))) {
      List<List<String>> seen = new ArrayList<>();
      Oracle oracle =
          new Oracle() {
            @Override
            public OracleReply answer(List<Example> queries, int round) throws IOException {
              seen.add(queries.stream().map(Example::id).toList());
              return new SimulatedOracle().answer(queries, round);
            }

            @Override
            public String name() {
              return SimulatedOracle.NAME;
            }
          };
      QueryRound.Asked outcome =
          round(config("entropy", 4, 0), pool, oracle, journal)
              .ask(1, 8, ClassErrors.none(), new SplittableRandom(1));

      List<String> asked = seen.get(0);
      assertEquals(4, asked.size());
      assertEquals(4, Set.copyOf(asked).size());
      List<String> lines = Files.readAllLines(journal.file());
      assertEquals(4, lines.size());
      for (String id : asked) {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("{\"id\":\"" + id + "\",")), id);
      }
      assertEquals(asked, pool.answeredIds());
      assertEquals(6, pool.remaining());
      QueryResult result = outcome.queries();
      assertEquals(4, result.queried());
      assertEquals(
          outcome.reply().labels().stream().filter(r -> r.label() == 1).count(),
          result.queriedPositive());
      assertTrue(outcome.reply().labels().stream().allMatch(r -> r.round() == 1));
    }
  }

  /**
   * Badge gets the model's own hidden features and probabilities of every candidate: the query is
   * what the strategy picks from a view built by hand from the model's outputs.
   */
  @Test
  void badgeChoosesFromTheModelsHiddenFeatures() throws IOException {
    EncodedExamples encoded = Tasks.encode(task.pool);
    int[] ids = encoded.gather(IntStream.range(0, encoded.size()).boxed().toList()).tokenIds();
    float[] hidden = model.hidden(ids, encoded.size());
    int width = Tasks.SPEC.denseUnits();
    float[][] features = new float[encoded.size()][];
    float[] probabilities = new float[encoded.size()];
    float[] logits = model.logits(ids, encoded.size());
    for (int i = 0; i < features.length; i++) {
      features[i] = Arrays.copyOfRange(hidden, i * width, (i + 1) * width);
      probabilities[i] = (float) (1 / (1 + Math.exp(-logits[i])));
    }
    PoolView byHand =
        PoolView.of(task.pool.stream().map(Example::id).toList(), probabilities)
            .withFeatures(features);
    List<String> expected =
        new BadgeSampling()
            .select(byHand, 4, new SplittableRandom(1)).stream().map(byHand::id).toList();

    try (LabelJournal journal = LabelJournal.open(tmp.resolve("labels.jsonl"))) {
      QueryRound.Asked outcome =
          round(config("badge", 4, 0), pool(), new SimulatedOracle(), journal)
              .ask(1, 8, ClassErrors.none(), new SplittableRandom(1));
      assertEquals(expected, outcome.reply().labels().stream().map(LabelRecord::id).toList());
    }
  }

  @Test
  void queryIsCutToTheCandidatesLeft() throws IOException {
    PoolState pool = pool();
    for (int i = 0; i < 8; i++) {
      pool.label(new LabelRecord(task.pool.get(i).id(), task.pool.get(i).label(), 1, "simulated"));
    }
    try (LabelJournal journal = LabelJournal.open(tmp.resolve("labels.jsonl"))) {
      QueryRound.Asked outcome =
          round(config("margin", 5, 0), pool, new SimulatedOracle(), journal)
              .ask(2, 8, ClassErrors.none(), new SplittableRandom(1));
      assertEquals(
          List.of("pool-8", "pool-9"),
          outcome.reply().labels().stream().map(LabelRecord::id).sorted().toList());
      assertEquals(0, pool.remaining());
    }
  }

  @Test
  void auditAccuracyIsTheModelsAccuracyOnTheAuditSliceByTheOraclesLabels() throws IOException {
    PoolState pool = pool();
    Oracle contrarian =
        new Oracle() {
          @Override
          public OracleReply answer(List<Example> queries, int round) {
            return OracleReply.answered(
                queries.stream()
                    .map(
                        e ->
                            new LabelRecord(
                                e.id(), flipped(e.id()) ? 1 - e.label() : e.label(), round, name()))
                    .toList());
          }

          @Override
          public String name() {
            return "prompt";
          }
        };
    List<Integer> candidates = pool.candidates();
    List<Integer> audit = Ranking.sample(candidates.size(), 3, new SplittableRandom(17));
    float[] logits = Evaluator.logits(model, pool.encode(candidates), 8);
    try (LabelJournal journal = LabelJournal.open(tmp.resolve("labels.jsonl"))) {
      QueryRound query = round(config("entropy", 6, 0.5), pool, contrarian, journal);
      QueryRound.Asked outcome = query.ask(1, 8, ClassErrors.none(), new SplittableRandom(17));

      int correct = 0;
      for (int index : audit) {
        Example example = pool.example(candidates.get(index));
        LabelRecord answer =
            outcome.reply().labels().stream()
                .filter(r -> r.id().equals(example.id()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(example.id() + " audited but not asked"));
        correct += (logits[index] > 0 ? 1 : 0) == answer.label() ? 1 : 0;
      }
      assertEquals(3, outcome.queries().audited());
      assertEquals(6, outcome.queries().queried());
      assertEquals(Optional.of(correct / 3.0), outcome.queries().auditAccuracy());
    }
  }

  @Test
  void ratioRefusesAnOracleThatDoesNotRevealTrueLabels() throws IOException {
    Oracle human =
        new Oracle() {
          @Override
          public OracleReply answer(List<Example> queries, int round) {
            throw new AssertionError("must not be asked");
          }

          @Override
          public String name() {
            return "prompt";
          }
        };
    try (LabelJournal journal = LabelJournal.open(tmp.resolve("labels.jsonl"))) {
      QueryRound query = round(config("ratio", 4, 0), pool(), human, journal);
      IllegalArgumentException error =
          assertThrows(
              IllegalArgumentException.class,
              () -> query.ask(1, 8, ClassErrors.none(), new SplittableRandom(1)));
      assertTrue(error.getMessage().contains("use ratio-uncertainty"), error.getMessage());
      assertEquals(0, journal.size());
    }
  }

  @Test
  void answerForAnIdOutsideThePoolNeverReachesTheJournal() throws IOException {
    Oracle confused =
        new Oracle() {
          @Override
          public OracleReply answer(List<Example> queries, int round) {
            List<LabelRecord> labels = new ArrayList<>();
            labels.add(new LabelRecord(queries.get(0).id(), 1, round, name()));
            labels.add(new LabelRecord("init-0", 1, round, name()));
            return OracleReply.answered(labels);
          }

          @Override
          public String name() {
            return "files";
          }
        };
    PoolState pool = pool();
    Path file = tmp.resolve("labels.jsonl");
    try (LabelJournal journal = LabelJournal.open(file)) {
      QueryRound query = round(config("entropy", 2, 0), pool, confused, journal);
      IllegalArgumentException error =
          assertThrows(
              IllegalArgumentException.class,
              () -> query.ask(1, 8, ClassErrors.none(), new SplittableRandom(1)));
      assertTrue(error.getMessage().contains("'init-0'"), error.getMessage());
      assertFalse(journal.contains("init-0"));
    }
    try (LabelJournal reopened = LabelJournal.open(file)) {
      PoolState fresh = pool();
      reopened.records().forEach(fresh::label);
      assertEquals(1, reopened.size(), "the valid answer before it is kept");
    }
  }

  /** The contrarian oracle's rule: it disagrees with the dataset on ids ending in an even digit. */
  private static boolean flipped(String id) {
    return (id.charAt(id.length() - 1) - '0') % 2 == 0;
  }

  private PoolState pool() {
    return new PoolState(task.pool, Tasks::encode);
  }

  private static LearningConfig config(String strategy, int queries, double audit) {
    return new LearningConfig(
        strategy,
        StrategyOptions.DEFAULT_MONTE_CARLO_PASSES,
        queries,
        1,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RatioSource.VALIDATION,
        audit,
        RoundStart.WARM,
        Optional.empty(),
        SimulatedOracle.NAME);
  }

  private static QueryRound round(
      LearningConfig config, PoolState pool, Oracle oracle, LabelJournal journal) {
    return new QueryRound(
        config,
        config.queryStrategy(),
        pool,
        new PoolPredictor(model, 8, QUIET),
        new Labelling(oracle, journal),
        QUIET);
  }
}
