package dev.tfal.active;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.data.EncodedExamples;
import dev.tfal.data.Example;
import dev.tfal.graph.FakeModel;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.TrainableModel;
import dev.tfal.train.EpochLogs;
import dev.tfal.train.Monitor;
import dev.tfal.train.TrainConfig;
import dev.tfal.train.Trainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole sessions of the controller in-process, without TensorFlow: a fake model (a logistic
 * regression on token counts, see {@link FakeModel}) on a learnable synthetic task, the simulated
 * oracle behind a recording wrapper, checkpoints that are only counted, and a listener that records
 * every round.
 */
class ActiveLearningControllerTest {
  @TempDir Path tmp;

  @Test
  void selectionRandomDependsOnlyOnSeedAndRound() {
    long[] first = ActiveLearningController.selectionRandom(7, 3).longs(4).toArray();
    assertEquals(
        List.of(first[0], first[1], first[2], first[3]),
        ActiveLearningController.selectionRandom(7, 3).longs(4).boxed().toList());
    assertFalse(ActiveLearningController.selectionRandom(7, 2).nextLong() == first[0]);
    assertFalse(ActiveLearningController.selectionRandom(8, 3).nextLong() == first[0]);
  }

  @Test
  void warmSessionRunsEveryRoundAndGrowsTheLabelsByTheQuerySize() throws IOException {
    Harness harness = new Harness(tmp, Tasks.balanced(8, 24));
    LearningResult outcome = harness.run(config("entropy", 4, RoundStart.WARM, 3));

    assertEquals("3 rounds done", outcome.stopReason());
    assertFalse(outcome.pending());
    assertEquals(List.of(0, 1, 2, 3), harness.resultRounds());
    assertEquals(
        List.of(8, 12, 16, 20), outcome.rounds().stream().map(RoundResult::labelled).toList());
    assertEquals(List.of(4, 4, 4, 0), outcome.rounds().stream().map(RoundResult::queried).toList());
    assertEquals(20, outcome.labels());
    assertEquals(outcome.rounds(), harness.results, "listener saw every round once");
    assertEquals(
        List.of(1, 2, 3, 3), harness.progress.stream().map(SessionState::completedRounds).toList());
    assertEquals(16, outcome.test().examples());
    harness.assertQueriesWereFreshPoolItems();
    harness.assertJournalMatchesTheOracle(3);
    assertEquals(List.of(), harness.violations);
  }

  @Test
  void overallBestIsTheRoundWithTheLowestValidationLoss() throws IOException {
    Harness harness = new Harness(tmp, Tasks.balanced(8, 24));
    LearningResult outcome = harness.run(config("margin", 4, RoundStart.WARM, 3));

    RoundResult lowest =
        outcome.rounds().stream()
            .min(Comparator.comparingDouble(r -> r.validation().loss()))
            .orElseThrow();
    assertEquals(lowest.round(), outcome.bestRound(), harness.losses());
    List<Integer> bestWrites = harness.overallBestWrites;
    assertEquals(outcome.bestRound(), bestWrites.get(bestWrites.size() - 1), harness.losses());
    assertEquals(0, bestWrites.get(0), "round 0 always sets the first best");
    assertEquals(
        bestWrites.stream().sorted().distinct().toList(),
        bestWrites,
        "a new overall best comes from a later round");
    SessionState last = harness.progress.get(harness.progress.size() - 1);
    assertEquals(outcome.bestRound(), last.bestRound());
    assertEquals(lowest.validation().loss(), last.rounds().bestValue(), 1e-12);
    assertEquals(
        outcome.rounds().stream().map(r -> r.validation().loss()).toList(),
        last.rounds().values(),
        "the state records every round's validation loss");
    assertEquals(
        Set.of(0, 1, 2, 3),
        Set.copyOf(harness.roundBestWrites),
        "every round writes its best epoch");
  }

  /**
   * With {@code val_binary_accuracy} monitored, the session's best round is the one with the
   * highest validation accuracy (the first of equals), not the one with the lowest validation loss:
   * the script makes round 0 right but unsure and round 1 sure but wrong about every negative.
   */
  @Test
  void monitoredAccuracyPicksTheMostAccurateRoundAsTheSessionsBest() throws IOException {
    Harness harness = new Harness(tmp, Tasks.balanced(8, 24));
    FakeModel model = FakeModel.scripted(Tasks.SPEC, ActiveLearningControllerTest::rightThenSure);
    LearningResult outcome =
        harness.run(
            config("random", 4, RoundStart.WARM, 3),
            Optional.empty(),
            model,
            2,
            Monitor.of("val_binary_accuracy"));

    List<RoundResult> rounds = outcome.rounds();
    int mostAccurate = firstBest(rounds, r -> r.validation().accuracy(), 1);
    int lowestLoss = firstBest(rounds, r -> r.validation().loss(), -1);
    assertFalse(mostAccurate == lowestLoss, "the script makes the rules disagree: " + rounds);
    assertEquals(mostAccurate, outcome.bestRound(), harness.losses());
    assertEquals(mostAccurate, harness.progress.get(harness.progress.size() - 1).bestRound());
    assertEquals(
        mostAccurate,
        harness.overallBestWrites.get(harness.overallBestWrites.size() - 1),
        "best/ holds the most accurate round");
    assertEquals(
        rounds.get(mostAccurate).test(), outcome.test(), "the final model is that round's");
  }

  /**
   * Logits by the training set's size: 12 or 20 labels make every positive (it holds {@code w7})
   * sure and right and every negative mildly wrong; other sizes make everything right but unsure.
   */
  private static float rightThenSure(int trainingRows, int[] tokens, int from, int length) {
    boolean marked = IntStream.range(from, from + length).anyMatch(i -> tokens[i] == 7);
    float sign = marked ? 1 : -1;
    return switch (trainingRows) {
      case 12 -> 4 * sign + 4.5f;
      case 20 -> 2 * sign + 2.5f;
      default -> 0.1f * sign;
    };
  }

  /** The first round whose {@code metric} times {@code sign} is highest. */
  private static int firstBest(
      List<RoundResult> rounds, java.util.function.ToDoubleFunction<RoundResult> metric, int sign) {
    int best = 0;
    for (int i = 1; i < rounds.size(); i++) {
      if (sign * metric.applyAsDouble(rounds.get(i))
          > sign * metric.applyAsDouble(rounds.get(best))) {
        best = i;
      }
    }
    return rounds.get(best).round();
  }

  /**
   * Which weights each round starts from: with {@code --reset} round r's own fresh weights (drawn
   * from the seed plus r), else the best model so far; round 0 starts from the model as opened. The
   * fake keeps its parameters in the first weight's first entries, so those are compared.
   */
  @Test
  void roundsStartFromTheBestSoFarOrWithResetFromTheirOwnFreshWeights() throws IOException {
    Harness reset =
        new Harness(Files.createDirectories(tmp.resolve("reset")), Tasks.balanced(8, 24));
    FakeModel resetModel = FakeModel.learning(Tasks.SPEC, 11);
    reset.run(
        config("entropy", 4, RoundStart.RESET, 2),
        Optional.empty(),
        resetModel,
        2,
        Monitor.valLoss());
    List<ModelWeights> resetStarts = resetModel.weightsAtOptimizerResets();
    assertEquals(2, resetStarts.size(), "rounds 1 and 2 reset; round 0 starts as opened");
    for (int round = 1; round <= 2; round++) {
      assertArrayEquals(
          java.util.Arrays.copyOf(
              ModelWeights.initial(Tasks.SPEC, 11 + round).arrays().get(0),
              Tasks.SPEC.vocabularySize() + 2),
          java.util.Arrays.copyOf(
              resetStarts.get(round - 1).arrays().get(0), Tasks.SPEC.vocabularySize() + 2),
          "round " + round);
    }

    Harness warm = new Harness(Files.createDirectories(tmp.resolve("warm")), Tasks.balanced(8, 24));
    FakeModel warmModel = FakeModel.learning(Tasks.SPEC, 11);
    warm.run(
        config("entropy", 4, RoundStart.WARM, 3),
        Optional.empty(),
        warmModel,
        2,
        Monitor.valLoss());
    List<ModelWeights> warmStarts = warmModel.weightsAtOptimizerResets();
    assertEquals(3, warmStarts.size());
    for (int round = 1; round <= 3; round++) {
      int before = round;
      int last =
          IntStream.range(0, warm.overallBestWrites.size())
              .filter(i -> warm.overallBestWrites.get(i) < before)
              .max()
              .orElseThrow();
      assertArrayEquals(
          warm.overallBestWeights.get(last).arrays().get(0),
          warmStarts.get(round - 1).arrays().get(0),
          "round " + round + " starts from round " + warm.overallBestWrites.get(last));
    }
  }

  @Test
  void resetSessionTrainsEveryRoundFromFreshWeights() throws IOException {
    Harness harness = new Harness(tmp, Tasks.balanced(8, 24));
    LearningResult outcome = harness.run(config("least-confidence", 4, RoundStart.RESET, 2));

    assertEquals("2 rounds done", outcome.stopReason());
    assertEquals(List.of(8, 12, 16), outcome.rounds().stream().map(RoundResult::labelled).toList());
    harness.assertQueriesWereFreshPoolItems();
    harness.assertJournalMatchesTheOracle(2);
    assertEquals(List.of(), harness.violations);
  }

  /**
   * Just above 0.5 every prediction is confident: from round 1 on, the remaining pool trains with
   * the best model's predictions as labels, as many of each predicted class as the labels' class
   * ratio allows; yet the labels, the journal and the queries are those of a session without
   * self-training. 32 initial labels and up to 40 epochs, so that the model predicts both classes.
   */
  @Test
  void pseudoLabelsJoinTheTrainingFromRoundOneWithoutBecomingLabels() throws IOException {
    Harness harness = new Harness(tmp, Tasks.balanced(32, 24));
    LearningResult outcome =
        harness.run(config("entropy", 4, RoundStart.WARM, 2, Optional.of(0.5000001)), 40);

    assertEquals(
        List.of(32, 36, 40), outcome.rounds().stream().map(RoundResult::labelled).toList());
    assertEquals(0, outcome.rounds().get(0).pseudoLabelled(), "round 0 has no model yet");
    assertEquals(Optional.empty(), outcome.rounds().get(0).pseudoLabelAccuracy());
    String log = harness.log();
    for (RoundResult round : outcome.rounds().subList(1, 3)) {
      int pool = 24 - (round.labelled() - 32);
      assertTrue(
          round.pseudoLabelled() > 0 && round.pseudoLabelled() <= pool,
          "round " + round.round() + ": " + round.pseudoLabelled() + " of " + pool);
      double accuracy = round.pseudoLabelAccuracy().orElseThrow();
      assertTrue(accuracy >= 0 && accuracy <= 1, "round " + round.round() + ": " + accuracy);
      double labelShare = share(log, "Round " + round.round() + ": training on [0-9]+ labels");
      double pseudoShare =
          share(log, "Round " + round.round() + ": plus " + round.pseudoLabelled() + " pseudo");
      assertEquals(labelShare, pseudoShare, 1.0 / round.pseudoLabelled() + 1e-9, log);
    }
    assertEquals(8, harness.journalRecords().size(), "pseudo-labels are never journaled");
    harness.assertJournalMatchesTheOracle(2);
    harness.assertQueriesWereFreshPoolItems();
    assertEquals(List.of(), harness.violations);
  }

  /** Share of positives in the "(P positive, N negative)" of the log line starting {@code head}. */
  private static double share(String log, String head) {
    Matcher line =
        Pattern.compile(head + "[^(]*\\(([0-9]+) positive, ([0-9]+) negative").matcher(log);
    assertTrue(line.find(), head + " in " + log);
    double positive = Double.parseDouble(line.group(1));
    return positive / (positive + Double.parseDouble(line.group(2)));
  }

  @Test
  void withoutSelfTrainingNoRoundReportsPseudoLabels() throws IOException {
    Harness harness = new Harness(tmp, Tasks.balanced(8, 24));
    LearningResult outcome = harness.run(config("entropy", 4, RoundStart.WARM, 1));

    assertEquals(
        List.of(0, 0), outcome.rounds().stream().map(RoundResult::pseudoLabelled).toList());
    assertFalse(harness.log().contains("pseudo-labels"), harness.log());
  }

  @Test
  void poolExhaustedStopsOnceEveryCandidateIsLabelled() throws IOException {
    Harness harness = new Harness(tmp, Tasks.balanced(8, 8));
    LearningResult outcome = harness.run(config("random", 3, RoundStart.WARM, 10));

    assertEquals("pool exhausted", outcome.stopReason());
    assertEquals(
        List.of(8, 11, 14, 16), outcome.rounds().stream().map(RoundResult::labelled).toList());
    assertEquals(List.of(3, 3, 2, 0), outcome.rounds().stream().map(RoundResult::queried).toList());
    harness.assertQueriesWereFreshPoolItems();
    assertEquals(8, harness.journalRecords().size());
    assertEquals(List.of(), harness.violations);
  }

  @Test
  void emptyPoolStopsTheSessionEvenWithoutThePoolCriterion() throws IOException {
    Harness harness = new Harness(tmp, Tasks.balanced(8, 8));
    LearningResult outcome = harness.run(config("entropy", 4, RoundStart.WARM, 10));

    assertEquals("pool exhausted", outcome.stopReason());
    assertEquals(List.of(0, 1, 2), harness.resultRounds());
    assertEquals(
        List.of(1, 2),
        List.copyOf(harness.asked.keySet()),
        "the oracle is never asked about an empty selection");
  }

  @Test
  void auditSliceIsReportedWithItsAccuracy() throws IOException {
    Harness harness = new Harness(tmp, Tasks.balanced(8, 24));
    LearningConfig config = config("entropy", 4, RatioSource.VALIDATION, 0.5, 2);
    LearningResult outcome = harness.run(config);

    for (RoundResult query : outcome.rounds().subList(0, 2)) {
      assertEquals(4, query.queried(), "audit is part of the query, round " + query.round());
      assertEquals(2, query.audited(), "round " + query.round());
      double accuracy = query.auditAccuracy().orElseThrow();
      assertTrue(
          accuracy == 0 || accuracy == 0.5 || accuracy == 1,
          "accuracy " + accuracy + " of 2 audited items");
    }
    RoundResult last = outcome.rounds().get(2);
    assertEquals(0, last.audited());
    assertEquals(Optional.empty(), last.auditAccuracy());
    assertTrue(
        harness.log().contains("Round 1: 12 labelled, queried 4 (entropy, 2 audit)"),
        harness.log());
    harness.assertQueriesWereFreshPoolItems();
    assertEquals(List.of(), harness.violations);
  }

  @Test
  void ratioTakesTheClassBudgetOfTheValidationErrors() throws IOException {
    assertRatioBudgets(RatioSource.VALIDATION);
  }

  @Test
  void ratioTakesTheClassBudgetOfTheTestErrorsWhenAsked() throws IOException {
    assertRatioBudgets(RatioSource.TEST);
  }

  /**
   * With the simulated oracle itself (ratio refuses any other), each round takes the first
   * negatives and positives of the pool, in pool order, in the counts of the class budget computed
   * from the round's FN/FP on the chosen split.
   */
  private void assertRatioBudgets(RatioSource source) throws IOException {
    Tasks task = Tasks.balanced(8, 24);
    Harness harness = new Harness(tmp, task, new SimulatedOracle());
    int n = 6;
    LearningConfig config = config("ratio", n, source, 0, 2);
    LearningResult outcome = harness.run(config);

    Set<String> labelled = new HashSet<>();
    List<LabelRecord> journal = harness.journalRecords();
    for (RoundResult result : outcome.rounds().subList(0, 2)) {
      var scores = source == RatioSource.TEST ? result.test() : result.validation();
      ClassBudget budget =
          ClassBudget.of(new ClassErrors(scores.falseNegatives(), scores.falsePositives()), n);
      int queryRound = result.round() + 1;
      List<String> asked =
          journal.stream().filter(r -> r.round() == queryRound).map(LabelRecord::id).toList();
      List<String> expected =
          new ArrayList<>(task.firstUnlabelled(0, budget.negatives(), labelled));
      expected.addAll(task.firstUnlabelled(1, budget.positives(), labelled));
      String context =
          source
              + " round "
              + queryRound
              + " FN "
              + scores.falseNegatives()
              + " FP "
              + scores.falsePositives()
              + ", budget "
              + budget;
      assertEquals(expected, asked, context);
      assertEquals(budget.negatives(), result.queriedNegative(), context);
      assertEquals(budget.positives(), result.queriedPositive(), context);
      labelled.addAll(asked);
    }
  }

  @Test
  void partialAnswerIsJournaledAndTheSessionWaits() throws IOException {
    Oracle quitting =
        new Oracle() {
          @Override
          public OracleReply answer(List<Example> queries, int round) {
            List<LabelRecord> two =
                queries.stream()
                    .limit(2)
                    .map(e -> new LabelRecord(e.id(), e.label(), round, name()))
                    .toList();
            return new OracleReply(two, OracleReply.Status.QUIT, "annotator quit");
          }

          @Override
          public String name() {
            return "prompt";
          }
        };
    Harness harness = new Harness(tmp, Tasks.balanced(8, 24), quitting);
    LearningResult outcome = harness.run(config("entropy", 4, RoundStart.WARM, 3));

    assertTrue(outcome.pending());
    assertEquals("annotator quit", outcome.stopReason());
    assertEquals(1, outcome.rounds().size());
    assertEquals(2, outcome.rounds().get(0).queried());
    assertEquals(2, harness.journalRecords().size());
    assertEquals(2, Files.readAllLines(harness.journalFile()).size());
  }

  @Test
  void resumedSessionContinuesAfterTheLastJournaledRound() throws IOException {
    Tasks task = Tasks.balanced(8, 24);
    Harness first = new Harness(tmp, task);
    LearningResult stopped = first.run(config("entropy", 4, RoundStart.WARM, 1));
    assertEquals(List.of(0, 1), first.resultRounds());
    SessionState saved = first.progress.get(first.progress.size() - 1);

    Harness second = new Harness(tmp, task);
    ResumePoint point =
        new ResumePoint(saved.rounds().first(1), stopped.bestWeights(), Optional.empty());
    LearningResult resumed =
        second.run(config("entropy", 4, RoundStart.WARM, 3), Optional.of(point));

    assertEquals("3 rounds done", resumed.stopReason());
    assertEquals(List.of(1, 2, 3), second.resultRounds(), "round 1 is trained again");
    assertEquals(
        List.of(12, 16, 20), resumed.rounds().stream().map(RoundResult::labelled).toList());
    assertEquals(List.of(2, 3), List.copyOf(second.asked.keySet()));
    List<LabelRecord> journal = second.journalRecords();
    assertEquals(12, journal.size());
    assertEquals(12, Files.readAllLines(second.journalFile()).size(), "an id asked twice");
    assertEquals(
        first.asked.get(1),
        journal.subList(0, 4).stream().map(LabelRecord::id).toList(),
        "first session's answers kept in order");
    second.assertQueriesWereFreshPoolItems(first.asked.get(1));
    SessionState end = second.progress.get(second.progress.size() - 1);
    assertEquals(20, end.labelledIds().size());
    assertEquals(20, Set.copyOf(end.labelledIds()).size());
    assertEquals(List.of(), second.violations);
  }

  private static LearningConfig config(
      String strategy, int queries, RoundStart start, int maxRounds) {
    return config(strategy, queries, start, maxRounds, Optional.empty());
  }

  private static LearningConfig config(
      String strategy, int queries, RatioSource source, double audit, int maxRounds) {
    return new LearningConfig(
        strategy,
        StrategyOptions.DEFAULT_MONTE_CARLO_PASSES,
        queries,
        maxRounds,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        source,
        audit,
        RoundStart.WARM,
        Optional.empty(),
        SimulatedOracle.NAME);
  }

  static LearningConfig config(
      String strategy,
      int queries,
      RoundStart start,
      int maxRounds,
      Optional<Double> pseudoLabelConfidence) {
    return new LearningConfig(
        strategy,
        StrategyOptions.DEFAULT_MONTE_CARLO_PASSES,
        queries,
        maxRounds,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RatioSource.VALIDATION,
        0,
        start,
        pseudoLabelConfidence,
        SimulatedOracle.NAME);
  }

  /**
   * A learnable synthetic review task for the tiny model: words are {@code w<id>} with ids in
   * 2..49; a review is positive iff it holds {@code w7}.
   */
  static final class Tasks {
    static final ModelSpec SPEC = new ModelSpec(50, 12, 8, 4, 6, 0.5);
    private static final int MARKER = 7;

    final List<Example> initial;
    final List<Example> pool;
    final List<Example> validation;
    final List<Example> test;

    private Tasks(
        List<Example> initial, List<Example> pool, List<Example> validation, List<Example> test) {
      this.initial = initial;
      this.pool = pool;
      this.validation = validation;
      this.test = test;
    }

    /** Balanced splits: {@code initial} and {@code pool} as given, validation and test 16. */
    static Tasks balanced(int initial, int pool) {
      return new Tasks(
          examples("init", initial, 1),
          examples("pool", pool, 2),
          examples("val", 16, 3),
          examples("test", 16, 4));
    }

    /** Alternating labels, starting negative, so each class holds half of the examples. */
    static List<Example> examples(String prefix, int count, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      List<Example> examples = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int label = i % 2;
        List<String> words = new ArrayList<>();
        for (int w = 0; w < SPEC.sequenceLength(); w++) {
          int id = 2 + random.nextInt(SPEC.vocabularySize() - 3);
          words.add("w" + (id >= MARKER ? id + 1 : id));
        }
        if (label == 1) {
          words.set(random.nextInt(words.size()), "w" + MARKER);
        }
        examples.add(new Example(prefix + "-" + i, String.join(" ", words), label));
      }
      return List.copyOf(examples);
    }

    static EncodedExamples encode(List<Example> examples) {
      int length = SPEC.sequenceLength();
      int[] ids = new int[examples.size() * length];
      float[] labels = new float[examples.size()];
      for (int row = 0; row < examples.size(); row++) {
        String[] words = examples.get(row).text().split(" ");
        for (int i = 0; i < Math.min(length, words.length); i++) {
          ids[row * length + i] = Integer.parseInt(words[i].substring(1));
        }
        labels[row] = examples.get(row).label();
      }
      return new EncodedExamples(ids, labels, length);
    }

    LearningData data() {
      Function<List<Example>, EncodedExamples> encoder = Tasks::encode;
      return new LearningData(initial, pool, encoder, encode(validation), encode(test));
    }

    /** The first {@code count} pool ids of class {@code label} not in {@code labelled}. */
    List<String> firstUnlabelled(int label, int count, Set<String> labelled) {
      return pool.stream()
          .filter(e -> e.label() == label && !labelled.contains(e.id()))
          .limit(count)
          .map(Example::id)
          .toList();
    }

    Map<String, Integer> poolLabels() {
      return pool.stream().collect(Collectors.toMap(Example::id, Example::label));
    }
  }

  /**
   * Runs one session and records what happened: the oracle's answers per query round, each round's
   * result and progress, the checkpoint writes, and every violation of "journaled before the next
   * training" seen from inside the session.
   */
  static final class Harness implements RoundCheckpoints, RoundListener {
    final Tasks task;
    final Map<Integer, List<String>> asked = new LinkedHashMap<>();
    final List<RoundResult> results = new ArrayList<>();
    final List<SessionState> progress = new ArrayList<>();
    final List<Integer> roundBestWrites = new ArrayList<>();
    final List<Integer> overallBestWrites = new ArrayList<>();
    final List<ModelWeights> overallBestWeights = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    private final Path dir;
    private final Oracle oracle;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private LabelJournal journal;

    Harness(Path dir, Tasks task) {
      this.dir = dir;
      this.task = task;
      this.oracle = recording(new SimulatedOracle());
    }

    Harness(Path dir, Tasks task, Oracle oracle) {
      this.dir = dir;
      this.task = task;
      this.oracle = oracle instanceof SimulatedOracle ? oracle : recording(oracle);
    }

    LearningResult run(LearningConfig config) throws IOException {
      return run(config, Optional.empty());
    }

    LearningResult run(LearningConfig config, int epochs) throws IOException {
      return run(config, Optional.empty(), epochs);
    }

    LearningResult run(LearningConfig config, Optional<ResumePoint> resume) throws IOException {
      return run(config, resume, 2);
    }

    private LearningResult run(LearningConfig config, Optional<ResumePoint> resume, int epochs)
        throws IOException {
      return run(config, resume, FakeModel.learning(Tasks.SPEC, 11), epochs, Monitor.valLoss());
    }

    /** A session of {@code model}, trained {@code epochs} per round with {@code monitor}. */
    LearningResult run(
        LearningConfig config,
        Optional<ResumePoint> resume,
        TrainableModel model,
        int epochs,
        Monitor monitor)
        throws IOException {
      TrainConfig training = new TrainConfig(epochs, 8, 100, 11, 3, monitor);
      PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
      try (LabelJournal opened = LabelJournal.open(journalFile())) {
        journal = opened;
        SessionModel session = new SessionModel(model, new Trainer(training, out, false), this);
        return new ActiveLearningController(
                config, task.data(), session, new Labelling(oracle, opened), this, out, resume)
            .run();
      }
    }

    Path journalFile() {
      return dir.resolve("labels.jsonl");
    }

    List<LabelRecord> journalRecords() throws IOException {
      try (LabelJournal reopened = LabelJournal.open(journalFile())) {
        return reopened.records();
      }
    }

    String log() {
      return log.toString(StandardCharsets.UTF_8);
    }

    List<Integer> resultRounds() {
      return results.stream().map(RoundResult::round).toList();
    }

    String losses() {
      return results.stream()
          .map(r -> r.round() + ": " + r.validation().loss())
          .collect(Collectors.joining(", ", "val_loss per round: ", ""));
    }

    private Oracle recording(Oracle inner) {
      return new Oracle() {
        @Override
        public OracleReply answer(List<Example> queries, int round) throws IOException {
          if (asked.containsKey(round)) {
            violations.add("round " + round + " asked twice");
          }
          asked.put(round, queries.stream().map(Example::id).toList());
          return inner.answer(queries, round);
        }

        @Override
        public String name() {
          return inner.name();
        }

        @Override
        public boolean knowsTrueLabels() {
          return inner.knowsTrueLabels();
        }
      };
    }

    /** Called during training of {@code round}: every earlier answer must be on disk. */
    @Override
    public Path writeRoundBest(int round, ModelWeights weights, int epoch, EpochLogs logs)
        throws IOException {
      roundBestWrites.add(round);
      checkJournaledBefore(round);
      return dir.resolve("round-" + round);
    }

    @Override
    public Path writeOverallBest(int round, ModelWeights weights, EpochLogs logs) {
      overallBestWrites.add(round);
      overallBestWeights.add(weights);
      return dir.resolve("best");
    }

    @Override
    public void onRoundEnd(RoundResult result, SessionState state) throws IOException {
      results.add(result);
      progress.add(state);
      checkJournaledBefore(state.completedRounds());
    }

    private void checkJournaledBefore(int round) throws IOException {
      Map<String, Integer> labels = task.poolLabels();
      Map<String, LabelRecord> onDisk = new LinkedHashMap<>();
      try (LabelJournal copy = LabelJournal.open(copyOfJournal())) {
        copy.records().forEach(r -> onDisk.put(r.id(), r));
      }
      for (var entry : asked.entrySet()) {
        if (entry.getKey() > round) {
          continue;
        }
        for (String id : entry.getValue()) {
          LabelRecord record = onDisk.get(id);
          if (record == null
              || record.round() != entry.getKey()
              || record.label() != labels.get(id)
              || !journal.contains(id)) {
            violations.add(
                "at round "
                    + round
                    + ": "
                    + id
                    + " of query round "
                    + entry.getKey()
                    + " journaled as "
                    + record);
          }
        }
      }
    }

    /** A copy, so that reading never touches the file the session appends to. */
    private Path copyOfJournal() throws IOException {
      Path copy = dir.resolve("journal-copy.jsonl");
      Files.copy(journalFile(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return copy;
    }

    /** Queried ids are pool ids, never initial ones, each asked once. */
    void assertQueriesWereFreshPoolItems() {
      assertQueriesWereFreshPoolItems(List.of());
    }

    void assertQueriesWereFreshPoolItems(List<String> earlier) {
      Set<String> pool = task.pool.stream().map(Example::id).collect(Collectors.toSet());
      Set<String> initial = task.initial.stream().map(Example::id).collect(Collectors.toSet());
      List<String> all = new ArrayList<>(earlier);
      asked.values().forEach(all::addAll);
      assertEquals(all.size(), Set.copyOf(all).size(), "an id was queried twice: " + asked);
      for (String id : all) {
        assertTrue(pool.contains(id), id + " is not a pool id");
        assertFalse(initial.contains(id), id + " is in the initial set");
      }
    }

    /** The journal holds exactly what the oracle answered, with round numbers and labels. */
    void assertJournalMatchesTheOracle(int rounds) throws IOException {
      Map<String, Integer> labels = task.poolLabels();
      List<LabelRecord> records = journalRecords();
      List<String> expectedIds =
          IntStream.rangeClosed(1, rounds).mapToObj(asked::get).flatMap(List::stream).toList();
      assertEquals(expectedIds, records.stream().map(LabelRecord::id).toList());
      for (LabelRecord record : records) {
        assertTrue(asked.get(record.round()).contains(record.id()), record.toString());
        assertEquals(labels.get(record.id()), record.label(), record.toString());
        assertEquals(SimulatedOracle.NAME, record.oracle());
      }
    }
  }
}
