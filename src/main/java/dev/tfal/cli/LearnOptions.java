package dev.tfal.cli;

import dev.tfal.active.LearningConfig;
import dev.tfal.active.Oracles;
import dev.tfal.active.PseudoLabelling;
import dev.tfal.active.QueryStrategies;
import dev.tfal.active.RatioSource;
import dev.tfal.active.RoundStart;
import dev.tfal.active.StrategyOptions;
import dev.tfal.error.UsageException;
import java.util.Iterator;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The active-learning options of {@code tfal learn}. */
final class LearnOptions {
  @Option(
      names = {"-s", "--strategy"},
      paramLabel = "NAME",
      defaultValue = "ratio",
      completionCandidates = StrategyNames.class,
      description = {
        "Query strategy (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}.",
        "See the list below."
      })
  String strategy;

  @Option(
      names = "--queries",
      paramLabel = "N",
      defaultValue = "5000",
      description = "Labels asked for per round (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "3",
      description = "Most query rounds (default: ${DEFAULT-VALUE}, as the reference).")
  int rounds;

  @Option(
      names = "--label-budget",
      paramLabel = "N",
      description = "Stop once this many labels are used.")
  Integer labelBudget;

  @Option(
      names = "--target-accuracy",
      paramLabel = "X",
      description = "Stop once validation accuracy reaches X (e.g. 0.86).")
  Double targetAccuracy;

  @Option(
      names = "--stable-kappa",
      paramLabel = "K",
      description =
          "Stop once Cohen's kappa between consecutive rounds' validation "
              + "predictions reaches K (e.g. 0.99).")
  Double stableKappa;

  @Option(
      names = "--ratio-source",
      paramLabel = "SPLIT",
      defaultValue = "validation",
      description = {
        "Split whose false negatives/positives set the ratio strategies' class "
            + "budget: validation (default) or test (the reference's choice, a test-set leak)."
      })
  String ratioSource;

  @Option(
      names = "--audit-fraction",
      paramLabel = "F",
      defaultValue = "0",
      description =
          "Share of each query drawn uniformly and reported apart, an unbiased "
              + "estimate of the model's accuracy on the pool (default: ${DEFAULT-VALUE}).")
  double auditFraction;

  @Option(
      names = "--reset",
      description =
          "Train every round from fresh weights instead of "
              + "continuing from the best model so far.")
  boolean reset;

  @Option(
      names = "--pseudo-label-confidence",
      paramLabel = "P",
      description = {
        "Self-training (as CEAL): from round 1 on, also train on the unlabelled pool reviews the "
            + "best model so far predicts with probability >= P (e.g. 0.95), labelled with its "
            + "prediction. They are chosen afresh each round and are not oracle labels: not "
            + "journaled, not counted as labels. Off by default, as the reference."
      })
  Double pseudoLabelConfidence;

  @Option(
      names = "--mc-passes",
      paramLabel = "T",
      defaultValue = "" + StrategyOptions.DEFAULT_MONTE_CARLO_PASSES,
      description = "Monte-Carlo dropout passes for bald (default: ${DEFAULT-VALUE}).")
  int monteCarloPasses;

  @Option(
      names = "--oracle",
      paramLabel = "NAME",
      defaultValue = "simulated",
      completionCandidates = OracleNames.class,
      description = {
        "Who labels (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}.",
        "  simulated: " + Oracles.SIMULATED_HELP + ";",
        "  files: " + Oracles.FILES_HELP + ";",
        "  prompt: " + Oracles.PROMPT_HELP + ".",
        "The ratio strategy works only with simulated."
      })
  String oracle;

  /** The settings; a bad value of an option is a {@link UsageException}. */
  LearningConfig toSettings() {
    return UserValues.check(this::build);
  }

  private LearningConfig build() {
    return new LearningConfig(
        strategy,
        monteCarloPasses,
        queries,
        rounds,
        Optional.ofNullable(labelBudget),
        Optional.ofNullable(targetAccuracy),
        Optional.ofNullable(stableKappa),
        ratioSource(),
        auditFraction,
        reset ? RoundStart.RESET : RoundStart.WARM,
        pseudoLabelConfidence(),
        oracle);
  }

  /** The confidence if given, checked by {@link PseudoLabelling}'s rule and named by its flag. */
  private Optional<Double> pseudoLabelConfidence() {
    if (pseudoLabelConfidence != null) {
      try {
        new PseudoLabelling(pseudoLabelConfidence);
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--pseudo-label-confidence must be above 0.5 and below 1, got "
                + pseudoLabelConfidence);
      }
    }
    return Optional.ofNullable(pseudoLabelConfidence);
  }

  private RatioSource ratioSource() {
    try {
      return RatioSource.valueOf(ratioSource.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--ratio-source must be validation or test, got '" + ratioSource + "'");
    }
  }

  /** Oracle names for --help. */
  static final class OracleNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Oracles.names().iterator();
    }
  }

  /** Strategy names for --help. */
  static final class StrategyNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return QueryStrategies.names().iterator();
    }
  }
}
