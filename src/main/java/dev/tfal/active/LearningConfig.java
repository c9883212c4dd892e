package dev.tfal.active;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The active-learning choices of a session, as plain values compared by value (the same experiment
 * has equal configs). The live objects they stand for, a strategy and a stopping rule, are made
 * fresh by {@link #queryStrategy()} and {@link #stoppingRule()}.
 *
 * @param strategy registered strategy name
 * @param monteCarloPasses dropout passes for bald
 * @param queriesPerRound labels per round
 * @param maxRounds most query rounds
 * @param labelBudget stop once this many labels are used, if set
 * @param targetAccuracy stop once validation accuracy reaches it, if set
 * @param stableKappa stop once consecutive rounds' predictions agree this much, if set
 * @param ratioSource split whose errors set the ratio strategies' budget
 * @param auditFraction share of each query drawn uniformly
 * @param roundStart weights each round starts from
 * @param pseudoLabelConfidence self-train on pool predictions at least this confident, if set
 * @param oracle oracle name
 */
public record LearningConfig(
    String strategy,
    int monteCarloPasses,
    int queriesPerRound,
    int maxRounds,
    Optional<Integer> labelBudget,
    Optional<Double> targetAccuracy,
    Optional<Double> stableKappa,
    RatioSource ratioSource,
    double auditFraction,
    RoundStart roundStart,
    Optional<Double> pseudoLabelConfidence,
    String oracle) {

  public LearningConfig {
    if (ratioSource == null || roundStart == null) {
      throw new IllegalArgumentException("ratioSource and roundStart are required");
    }
    if (queriesPerRound <= 0) {
      throw new IllegalArgumentException("queriesPerRound must be > 0, got " + queriesPerRound);
    }
    if (!(auditFraction >= 0 && auditFraction < 1)) {
      throw new IllegalArgumentException("auditFraction must be in [0, 1), got " + auditFraction);
    }
    QueryStrategy chosen = QueryStrategies.create(strategy, new StrategyOptions(monteCarloPasses));
    if (maxRounds < 0) {
      throw new IllegalArgumentException("maxRounds must be >= 0, got " + maxRounds);
    }
    Oracles.requireKnown(oracle);
    pseudoLabelConfidence.ifPresent(PseudoLabelling::new);
    if (chosen.needsRevealedLabels() && !SimulatedOracle.NAME.equals(oracle)) {
      throw new IllegalArgumentException(
          "strategy '"
              + strategy
              + "' takes pool items by their "
              + "true class, which only the simulated oracle knows, not the "
              + oracle
              + " oracle; "
              + "use --strategy ratio-uncertainty (or another strategy)");
    }
    rule(maxRounds, labelBudget, targetAccuracy, stableKappa); // a bad threshold fails here
  }

  /** The reference: ratio sampling from the validation split's errors, 3 rounds of 5,000. */
  public static LearningConfig defaults() {
    return new LearningConfig(
        "ratio",
        StrategyOptions.DEFAULT_MONTE_CARLO_PASSES,
        5000,
        3,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RatioSource.VALIDATION,
        0,
        RoundStart.WARM,
        Optional.empty(),
        "simulated");
  }

  public LearningConfig withStrategy(String name) {
    return new LearningConfig(
        name,
        monteCarloPasses,
        queriesPerRound,
        maxRounds,
        labelBudget,
        targetAccuracy,
        stableKappa,
        ratioSource,
        auditFraction,
        roundStart,
        pseudoLabelConfidence,
        oracle);
  }

  /** The query strategy named by {@link #strategy()}. */
  public QueryStrategy queryStrategy() {
    return QueryStrategies.create(strategy, new StrategyOptions(monteCarloPasses));
  }

  /**
   * A fresh stopping rule of the criteria set here, in the order their reasons take precedence:
   * most rounds, label budget, target accuracy, stable predictions, pool exhausted. Fresh because a
   * criterion may keep state across rounds (the stable-predictions window).
   */
  public StoppingRule stoppingRule() {
    return rule(maxRounds, labelBudget, targetAccuracy, stableKappa);
  }

  private static StoppingRule rule(
      int maxRounds,
      Optional<Integer> labelBudget,
      Optional<Double> targetAccuracy,
      Optional<Double> stableKappa) {
    List<StoppingCriterion> criteria = new ArrayList<>();
    criteria.add(new MaxRounds(maxRounds));
    labelBudget.ifPresent(budget -> criteria.add(new LabelBudget(budget)));
    targetAccuracy.ifPresent(target -> criteria.add(new TargetAccuracy(target)));
    stableKappa.ifPresent(kappa -> criteria.add(new StablePredictions(kappa)));
    criteria.add(new PoolExhausted());
    return new StoppingRule(criteria);
  }

  /** Self-training's rule, if {@link #pseudoLabelConfidence()} is set. */
  public Optional<PseudoLabelling> pseudoLabelling() {
    return pseudoLabelConfidence.map(PseudoLabelling::new);
  }
}
