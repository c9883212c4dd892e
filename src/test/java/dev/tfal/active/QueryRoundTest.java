package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.active.ActiveLearningControllerTest.Tasks;
import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import dev.tfal.graph.ModelSession;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.OptimizerSpec;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.metrics.BinaryScores;
import dev.tfal.train.EpochLogs;
import dev.tfal.train.Evaluator;
import dev.tfal.train.Monitor;
import dev.tfal.train.TrainConfig;
import dev.tfal.train.Trainer;
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
  private static final RoundResult TRAINED =
      new RoundResult(
          0,
          8,
          4,
          0,
          Optional.empty(),
          new BinaryScores(0.69, 0.5, 4, 4, 16),
          new BinaryScores(0.7, 0.5, 3, 5, 16),
          2,
          0,
          0,
          0,
          Optional.empty(),
          0,
          0,
          0);
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
      QueryRound.Outcome outcome =
          round(config("entropy", 4, 0), pool, oracle, journal).ask(1, TRAINED, ClassErrors.none());

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
      RoundResult result = outcome.result();
      assertEquals(4, result.queried());
      assertEquals(
          outcome.reply().labels().stream().filter(r -> r.label() == 1).count(),
          result.queriedPositive());
      assertEquals(0, result.round(), "the result stays the trained round's");
      assertEquals(8, result.labelled());
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
      QueryRound.Outcome outcome =
          round(config("badge", 4, 0), pool(), new SimulatedOracle(), journal)
              .ask(1, TRAINED, ClassErrors.none());
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
      QueryRound.Outcome outcome =
          round(config("margin", 5, 0), pool, new SimulatedOracle(), journal)
              .ask(2, TRAINED, ClassErrors.none());
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
      QueryRound query =
          new QueryRound(
              config("entropy", 6, 0.5),
              pool,
              new PoolPredictor(model, 8, QUIET),
              runtime(contrarian, journal),
              new SplittableRandom(17));
      QueryRound.Outcome outcome = query.ask(1, TRAINED, ClassErrors.none());

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
      assertEquals(3, outcome.result().audited());
      assertEquals(6, outcome.result().queried());
      assertEquals(Optional.of(correct / 3.0), outcome.result().auditAccuracy());
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
      LearningConfig config =
          new LearningConfig(
              new RatioSampling(),
              4,
              StoppingRule.of(new MaxRounds(1)),
              RatioSource.VALIDATION,
              0,
              RoundStart.WARM,
              Optional.empty(),
              1);
      QueryRound query = round(config, pool(), human, journal);
      IllegalArgumentException error =
          assertThrows(
              IllegalArgumentException.class, () -> query.ask(1, TRAINED, ClassErrors.none()));
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
              IllegalArgumentException.class, () -> query.ask(1, TRAINED, ClassErrors.none()));
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
        QueryStrategies.create(strategy, StrategyOptions.defaults()),
        queries,
        StoppingRule.of(new MaxRounds(1)),
        RatioSource.VALIDATION,
        audit,
        RoundStart.WARM,
        Optional.empty(),
        1);
  }

  private static QueryRound round(
      LearningConfig config, PoolState pool, Oracle oracle, LabelJournal journal) {
    return new QueryRound(
        config,
        pool,
        new PoolPredictor(model, 8, QUIET),
        runtime(oracle, journal),
        new SplittableRandom(1));
  }

  private static LearningRuntime runtime(Oracle oracle, LabelJournal journal) {
    RoundCheckpoints none =
        new RoundCheckpoints() {
          @Override
          public Path writeRoundBest(int round, ModelWeights weights, int epoch, EpochLogs logs) {
            throw new AssertionError("a query step trains nothing");
          }

          @Override
          public Path writeOverallBest(int round, ModelWeights weights, EpochLogs logs) {
            throw new AssertionError("a query step trains nothing");
          }
        };
    Trainer trainer = new Trainer(new TrainConfig(1, 8, 10, 1, 1, Monitor.valLoss()), QUIET, false);
    return new LearningRuntime(model, trainer, oracle, journal, none, (r, p) -> {}, QUIET);
  }
}
