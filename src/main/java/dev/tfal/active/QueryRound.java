package dev.tfal.active;

import dev.tfal.data.Example;
import java.io.IOException;
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
  /** What the step produced. */
  record Outcome(RoundResult result, OracleReply reply) {}

  private final LearningConfig config;
  private final PoolState pool;
  private final PoolPredictor scorer;
  private final LearningRuntime runtime;
  private final SplittableRandom random;

  QueryRound(
      LearningConfig config,
      PoolState pool,
      PoolPredictor scorer,
      LearningRuntime runtime,
      SplittableRandom random) {
    this.config = config;
    this.pool = pool;
    this.scorer = scorer;
    this.runtime = runtime;
    this.random = random;
  }

  Outcome ask(int round, RoundResult trained, ClassErrors errors) throws IOException {
    List<Integer> candidates = pool.candidates();
    long scoring = System.nanoTime();
    PoolView view = view(candidates, errors);
    double scoreSeconds = (System.nanoTime() - scoring) / 1e9;
    long selecting = System.nanoTime();
    int n = Math.min(config.queriesPerRound(), candidates.size());
    Selection selection =
        AuditedSelection.select(config.strategy(), view, n, config.auditFraction(), random);
    double selectSeconds = (System.nanoTime() - selecting) / 1e9;
    List<Example> queries = new ArrayList<>();
    selection.all().forEach(i -> queries.add(pool.example(candidates.get(i))));
    OracleReply reply = runtime.oracle().answer(queries, round, this::journal);
    int positive = (int) reply.labels().stream().filter(r -> r.label() == 1).count();
    RoundResult result =
        trained.withQueries(
            reply.labels().size(),
            positive,
            selection.audit().size(),
            auditAccuracy(selection, view, reply),
            scoreSeconds,
            selectSeconds);
    if (reply.status() == OracleReply.Status.PENDING) {
      runtime
          .log()
          .printf(
              "Round %d: %,d queries (%s) wait for labels%n",
              round, queries.size(), config.strategy());
      return new Outcome(result, reply);
    }
    runtime
        .log()
        .printf(
            "Round %d: %,d labelled, queried %,d (%s%s): %,d positive, %,d " + "negative%n",
            round,
            trained.labelled() + reply.labels().size(),
            reply.labels().size(),
            config.strategy(),
            selection.audit().isEmpty() ? "" : ", " + selection.audit().size() + " audit",
            positive,
            reply.labels().size() - positive);
    return new Outcome(result, reply);
  }

  private PoolView view(List<Integer> candidates, ClassErrors errors) {
    List<String> ids = candidates.stream().map(i -> pool.example(i).id()).toList();
    PoolView view =
        new PoolView(
            ids,
            scorer.probabilities(pool, candidates),
            Optional.empty(),
            Optional.empty(),
            errors,
            Optional.empty());
    QueryStrategy strategy = config.strategy();
    if (strategy.monteCarloPasses() > 0) {
      view = view.withMonteCarlo(scorer.monteCarlo(pool, candidates, strategy.monteCarloPasses()));
    }
    if (strategy.needsFeatures()) {
      view = view.withFeatures(scorer.features(pool, candidates));
    }
    if (strategy.needsRevealedLabels()) {
      if (!runtime.oracle().knowsTrueLabels()) {
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
    runtime.journal().append(record);
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
