package dev.tfal.job;

import dev.tfal.active.LabelBudget;
import dev.tfal.active.LearningConfig;
import dev.tfal.active.MaxRounds;
import dev.tfal.active.Oracles;
import dev.tfal.active.PoolExhausted;
import dev.tfal.active.PseudoLabelling;
import dev.tfal.active.QueryStrategies;
import dev.tfal.active.QueryStrategy;
import dev.tfal.active.RatioSource;
import dev.tfal.active.RoundStart;
import dev.tfal.active.SimulatedOracle;
import dev.tfal.active.StablePredictions;
import dev.tfal.active.StoppingCriterion;
import dev.tfal.active.StoppingRule;
import dev.tfal.active.StrategyOptions;
import dev.tfal.active.TargetAccuracy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The active-learning choices of {@code tfal learn}, as plain values.
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
public record LearningSettings(
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

  public LearningSettings {
    QueryStrategy chosen = QueryStrategies.create(strategy, new StrategyOptions(monteCarloPasses));
    if (maxRounds < 0) {
      throw new IllegalArgumentException("maxRounds must be >= 0, got " + maxRounds);
    }
    Oracles.requireKnown(oracle);
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
    // the session's rules, made once here so that a bad value fails where the options are read
    new LearningConfig(
        chosen,
        queriesPerRound,
        stopping(maxRounds, labelBudget, targetAccuracy, stableKappa),
        ratioSource,
        auditFraction,
        roundStart,
        pseudoLabelConfidence.map(PseudoLabelling::new),
        0);
  }

  /** The reference: ratio sampling from the validation split's errors, 3 rounds of 5,000. */
  public static LearningSettings defaults() {
    return new LearningSettings(
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

  public LearningSettings withStrategy(String name) {
    return new LearningSettings(
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

  public LearningConfig toConfig(long seed) {
    return new LearningConfig(
        QueryStrategies.create(strategy, new StrategyOptions(monteCarloPasses)),
        queriesPerRound,
        stopping(maxRounds, labelBudget, targetAccuracy, stableKappa),
        ratioSource,
        auditFraction,
        roundStart,
        pseudoLabelConfidence.map(PseudoLabelling::new),
        seed);
  }

  private static StoppingRule stopping(
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
}
