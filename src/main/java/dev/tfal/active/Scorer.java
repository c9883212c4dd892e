package dev.tfal.active;

/**
 * A pure function from a pool's predictions to each candidate's informativeness: higher means query
 * first. Scorers hold no state and never look at revealed labels.
 */
public interface Scorer {
  /** One score per candidate, in pool order. */
  double[] scores(PoolView pool);

  /** Stable kebab-case name, e.g. {@code least-confidence}. */
  String name();
}
