package dev.tfal.active;

import dev.tfal.data.Example;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One query step: score the unlabelled pool, select with the strategy (plus an optional uniform
 * audit slice), ask the oracle, and journal every answer before it enters the labelled set.
 */
final class QueryRound {
  /** What the step produced: the queries' result and the oracle's reply. */
  record Asked(QueryResult queries, OracleReply reply) {}

  /** The chosen pool items and how they were chosen. */
  private record Chosen(
      PoolView view,
      Selection selection,
      List<Example> queries,
      double scoreSeconds,
      double selectSeconds) {}

  private final LearningConfig config;
  private final QueryStrategy strategy;
  private final PoolState pool;
  private final PoolPredictor predictor;
  private final Labelling labelling;
  private final PrintStream log;

  QueryRound(
      LearningConfig config,
      QueryStrategy strategy,
      PoolState pool,
      PoolPredictor predictor,
      Labelling labelling,
      PrintStream log) {
    this.config = config;
    this.strategy = strategy;
    this.pool = pool;
    this.predictor = predictor;
    this.labelling = labelling;
    this.log = log;
  }

  /**
   * Asks the oracle about the queries of round {@code round}, chosen by the model now loaded with
   * {@code random} for ties and the audit draw, and journals every answer.
   *
   * @param labelled labels before this step, for the log
   * @param errors the model's errors that set the ratio strategies' class budget
   */
  Asked ask(int round, int labelled, ClassErrors errors, SplittableRandom random)
      throws IOException {
    Chosen chosen = choose(errors, random);
    OracleReply reply = labelling.oracle().answer(chosen.queries(), round, this::journal);
    int positive = (int) reply.labels().stream().filter(r -> r.label() == 1).count();
    QueryResult queries =
        new QueryResult(
            reply.labels().size(),
            positive,
            chosen.selection().audit().size(),
            auditAccuracy(chosen.selection(), chosen.view(), reply),
            chosen.scoreSeconds(),
            chosen.selectSeconds());
    report(round, labelled, chosen, queries, reply);
    return new Asked(queries, reply);
  }

  private Chosen choose(ClassErrors errors, SplittableRandom random) {
    List<Integer> candidates = pool.candidates();
    long scoring = System.nanoTime();
    PoolView view = view(candidates, errors);
    double scoreSeconds = (System.nanoTime() - scoring) / 1e9;
    long selecting = System.nanoTime();
    int n = Math.min(config.queriesPerRound(), candidates.size());
    Selection selection =
        AuditedSelection.select(strategy, view, n, config.auditFraction(), random);
    double selectSeconds = (System.nanoTime() - selecting) / 1e9;
    List<Example> queries = new ArrayList<>();
    selection.all().forEach(i -> queries.add(pool.example(candidates.get(i))));
    return new Chosen(view, selection, queries, scoreSeconds, selectSeconds);
  }

  private void report(
      int round, int labelled, Chosen chosen, QueryResult queries, OracleReply reply) {
    if (reply.status() == OracleReply.Status.PENDING) {
      log.printf(
          "Round %d: %,d queries (%s) wait for labels%n", round, chosen.queries().size(), strategy);
      return;
    }
    log.printf(
        "Round %d: %,d labelled, queried %,d (%s%s): %,d positive, %,d negative%n",
        round,
        labelled + queries.queried(),
        queries.queried(),
        strategy,
        queries.audited() == 0 ? "" : ", " + queries.audited() + " audit",
        queries.queriedPositive(),
        queries.queried() - queries.queriedPositive());
  }

  private PoolView view(List<Integer> candidates, ClassErrors errors) {
    List<String> ids = candidates.stream().map(i -> pool.example(i).id()).toList();
    PoolView view =
        new PoolView(
            ids,
            predictor.probabilities(pool, candidates),
            Optional.empty(),
            Optional.empty(),
            errors,
            Optional.empty());
    if (strategy.monteCarloPasses() > 0) {
      view =
          view.withMonteCarlo(predictor.monteCarlo(pool, candidates, strategy.monteCarloPasses()));
    }
    if (strategy.needsFeatures()) {
      view = view.withFeatures(predictor.features(pool, candidates));
    }
    if (strategy.needsRevealedLabels()) {
      if (!labelling.oracle().knowsTrueLabels()) {
        throw new IllegalArgumentException(
            "strategy '"
                + strategy
                + "' takes pool items by "
                + "their true class, which only the simulated oracle knows; use ratio-uncertainty");
      }
      view =
          view.withRevealedLabels(
              candidates.stream().mapToInt(i -> pool.example(i).label()).toArray());
    }
    return view;
  }

  /**
   * Journals one answer (flushed to disk) before it enters the labelled set. An answer for an id
   * outside the pool is refused before it is written: in the journal it would make every later
   * resume fail.
   */
  private void journal(LabelRecord record) throws IOException {
    pool.requireInPool(record);
    labelling.journal().append(record);
    pool.label(record);
  }

  /** The model's accuracy on the audit slice, judged by the oracle's labels. */
  private static Optional<Double> auditAccuracy(
      Selection selection, PoolView view, OracleReply reply) {
    if (selection.audit().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> answers = new HashMap<>();
    reply.labels().forEach(r -> answers.put(r.id(), r.label()));
    int judged = 0;
    int correct = 0;
    for (int index : selection.audit()) {
      Integer label = answers.get(view.id(index));
      if (label != null) {
        judged++;
        correct += (view.predictedPositive(index) ? 1 : 0) == label ? 1 : 0;
      }
    }
    return judged == 0 ? Optional.empty() : Optional.of((double) correct / judged);
  }
}
