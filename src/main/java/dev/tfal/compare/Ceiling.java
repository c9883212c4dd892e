package dev.tfal.compare;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the sessions of a comparison are measured against: the full-data models of the first seed's
 * split (the reference's way, one split for every seed), or those of each seed's own split, so that
 * a session is compared with a model tested on the same reviews.
 *
 * @param splits one split's models, or one per seed in seed order
 */
public record Ceiling(List<SplitCeiling> splits) {
  public Ceiling {
    splits = List.copyOf(splits);
    if (splits.isEmpty()) {
      throw new IllegalArgumentException("a ceiling needs at least one split");
    }
  }

  /** Whether each seed has its own split's ceiling. */
  public boolean perSeed() {
    return splits.size() > 1;
  }

  /** The accuracy a session of {@code seed} has to reach. */
  public double forSeed(long seed) {
    if (!perSeed()) {
      return splits.get(0).mean();
    }
    return splits.stream()
        .filter(split -> split.seed() == seed)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no full-data model for seed " + seed))
        .mean();
  }

  /** The mean of the splits' ceilings: the one ceiling, or the per-seed ones averaged. */
  public double mean() {
    return splits.stream().mapToDouble(SplitCeiling::mean).average().orElseThrow();
  }

  /** Full-data models per split. */
  public int runs() {
    return splits.get(0).runs();
  }

  /**
   * The spread behind the ceiling: over one split's models (training noise), or over the seeds'
   * ceilings when each seed has its own.
   */
  public double std() {
    if (!perSeed()) {
      return splits.get(0).std();
    }
    return StrategySummary.Stat.of(splits.stream().mapToDouble(SplitCeiling::mean).toArray()).std();
  }

  public String describe() {
    if (!perSeed()) {
      return splits.get(0).describe();
    }
    return splits.stream()
            .map(split -> String.format(Locale.ROOT, "%d %.4f", split.seed(), split.mean()))
            .collect(Collectors.joining(", ", "per seed, each on its own split: ", ""))
        + String.format(
            Locale.ROOT,
            " (mean %.4f%s)",
            mean(),
            runs() == 1 ? "" : "; each the mean of " + runs() + " training seeds");
  }
}
