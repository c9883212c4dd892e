package dev.tfal.active;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The registry of query strategies: names, one-line descriptions for --help, and a factory. */
public final class QueryStrategies {
  private record Entry(
      String name, String description, Function<StrategyOptions, QueryStrategy> factory) {}

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry("random", "uniform sample of the pool", options -> new RandomSampling()),
          new Entry(
              "least-confidence",
              "lowest top-class probability, 1 - max(p, 1 - p)",
              options -> UncertaintySampling.of(new LeastConfidence())),
          new Entry(
              "margin",
              "smallest gap between the two class probabilities",
              options -> UncertaintySampling.of(new Margin())),
          new Entry(
              "entropy",
              "highest predictive entropy",
              options -> UncertaintySampling.of(new Entropy())),
          new Entry(
              "bald",
              "highest disagreement between Monte-Carlo dropout passes (BALD)",
              options -> new UncertaintySampling(new Bald(), options.monteCarloPasses())),
          new Entry(
              BadgeSampling.NAME,
              "uncertain and mutually unlike: k-means++ on gradient embeddings (BADGE)",
              options -> new BadgeSampling()),
          new Entry(
              "ratio",
              "Keras reference: FN/FP class budget, true labels, pool order (simulated only)",
              options -> new RatioSampling()),
          new Entry(
              "ratio-uncertainty",
              "FN/FP-weighted class budget by predicted class, most uncertain first",
              options -> new RatioUncertaintySampling()));

  private QueryStrategies() {}

  /** The strategy registered as {@code name}. */
  public static QueryStrategy create(String name, StrategyOptions options) {
    if (options == null) {
      throw new IllegalArgumentException(
          "options must not be null, use StrategyOptions.defaults()");
    }
    return entry(name).factory().apply(options);
  }

  /**
   * The strategy that selects exactly the same queries as {@code name} for a binary classifier, if
   * another one does: least-confidence, margin and entropy are all decreasing functions of |p -
   * 0.5| for two classes, so they rank the pool identically (and break ties alike).
   */
  public static Optional<String> binaryEquivalent(String name) {
    entry(name);
    return List.of("margin", "entropy").contains(name)
        ? Optional.of("least-confidence")
        : Optional.empty();
  }

  /** The registered names, in --help order. */
  public static List<String> names() {
    return ENTRIES.stream().map(Entry::name).toList();
  }

  /** The one-line description of {@code name}. */
  public static String description(String name) {
    return entry(name).description();
  }

  /** Every name with its description, in --help order. */
  public static Map<String, String> descriptions() {
    Map<String, String> descriptions = new LinkedHashMap<>();
    ENTRIES.forEach(entry -> descriptions.put(entry.name(), entry.description()));
    return Collections.unmodifiableMap(descriptions);
  }

  private static Entry entry(String name) {
    return ENTRIES.stream()
        .filter(entry -> entry.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown query strategy '"
                        + name
                        + "', expected one of: "
                        + String.join(", ", names())));
  }
}
