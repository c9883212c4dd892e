package dev.tfal.active;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query strategy sees of the unlabelled pool at query time. Immutable: arrays are copied on
 * the way in and on the way out; prefer the indexed accessors in loops.
 *
 * @param ids unlabelled candidates, in pool order; distinct
 * @param probabilities P(positive) per candidate, dropout off
 * @param monteCarlo {@code [passes][candidates]} P(positive) with dropout on, if requested
 * @param revealedLabels true 0/1 labels, known only with a simulated oracle
 * @param errors false negatives and positives of the current model on the ratio source split
 * @param features {@code [candidates][dimension]} the model's hidden representation of each
 *     candidate (dropout off), if requested
 */
public record PoolView(
    List<String> ids,
    float[] probabilities,
    Optional<float[][]> monteCarlo,
    Optional<int[]> revealedLabels,
    ClassErrors errors,
    Optional<float[][]> features) {

  public PoolView {
    ids = PoolArrays.checkedIds(ids);
    int size = ids.size();
    probabilities = PoolArrays.checkedProbabilities("probabilities", probabilities, size);
    Objects.requireNonNull(monteCarlo, "monteCarlo must not be null, use Optional.empty()");
    monteCarlo = monteCarlo.map(passes -> PoolArrays.checkedPasses(passes, size));
    Objects.requireNonNull(revealedLabels, "revealedLabels must not be null, use Optional.empty()");
    revealedLabels = revealedLabels.map(labels -> PoolArrays.checkedLabels(labels, size));
    Objects.requireNonNull(errors, "errors must not be null, use ClassErrors.none()");
    Objects.requireNonNull(features, "features must not be null, use Optional.empty()");
    features = features.map(rows -> PoolArrays.checkedFeatures(rows, size));
  }

  /** A view with predictions only: no Monte-Carlo passes, no revealed labels, no known errors. */
  public static PoolView of(List<String> ids, float[] probabilities) {
    return new PoolView(
        ids,
        probabilities,
        Optional.empty(),
        Optional.empty(),
        ClassErrors.none(),
        Optional.empty());
  }

  /** This view with Monte-Carlo dropout predictions, {@code [passes][candidates]}. */
  public PoolView withMonteCarlo(float[][] passes) {
    return new PoolView(ids, probabilities, Optional.of(passes), revealedLabels, errors, features);
  }

  /** This view with the candidates' true 0/1 labels. */
  public PoolView withRevealedLabels(int[] labels) {
    return new PoolView(ids, probabilities, monteCarlo, Optional.of(labels), errors, features);
  }

  /** This view with the current model's class errors. */
  public PoolView withErrors(ClassErrors classErrors) {
    return new PoolView(ids, probabilities, monteCarlo, revealedLabels, classErrors, features);
  }

  /**
   * This view with the model's hidden representation of each candidate, {@code [candidates][d]}.
   */
  public PoolView withFeatures(float[][] rows) {
    return new PoolView(ids, probabilities, monteCarlo, revealedLabels, errors, Optional.of(rows));
  }

  /** Number of candidates. */
  public int size() {
    return ids.size();
  }

  public boolean isEmpty() {
    return ids.isEmpty();
  }

  /** Id of candidate {@code index}. */
  public String id(int index) {
    return ids.get(index);
  }

  /** P(positive) of candidate {@code index}, dropout off. */
  public float probability(int index) {
    Objects.checkIndex(index, size());
    return probabilities[index];
  }

  /** Whether the model predicts candidate {@code index} positive (probability above 0.5). */
  public boolean predictedPositive(int index) {
    return probability(index) > 0.5f;
  }

  /** Number of Monte-Carlo dropout passes, 0 when there are none. */
  public int monteCarloPasses() {
    return monteCarlo.map(passes -> passes.length).orElse(0);
  }

  /** P(positive) of candidate {@code index} in Monte-Carlo pass {@code pass}. */
  public float monteCarloProbability(int pass, int index) {
    float[][] passes =
        monteCarlo.orElseThrow(() -> new IllegalStateException("no Monte-Carlo passes"));
    Objects.checkIndex(index, size());
    return passes[pass][index];
  }

  /** Length of each candidate's feature vector, 0 when there are none. */
  public int featureDimension() {
    return features.map(rows -> rows.length == 0 ? 0 : rows[0].length).orElse(0);
  }

  /** Component {@code d} of candidate {@code index}'s feature vector. */
  public float feature(int index, int d) {
    float[][] rows = features.orElseThrow(() -> new IllegalStateException("no features"));
    Objects.checkIndex(index, size());
    return rows[index][d];
  }

  public boolean hasFeatures() {
    return features.isPresent();
  }

  public boolean hasRevealedLabels() {
    return revealedLabels.isPresent();
  }

  /** True 0/1 label of candidate {@code index}; only with a simulated oracle. */
  public int revealedLabel(int index) {
    int[] labels =
        revealedLabels.orElseThrow(() -> new IllegalStateException("no revealed labels"));
    Objects.checkIndex(index, size());
    return labels[index];
  }

  /**
   * The candidates at {@code indices}, in that order, with their predictions, passes and labels;
   * index {@code j} of the result is index {@code indices[j]} of this view. Errors are kept.
   */
  public PoolView subset(int[] indices) {
    int[] picked = indices.clone();
    List<String> pickedIds = Arrays.stream(picked).mapToObj(ids::get).toList();
    float[] pickedProbabilities = PoolArrays.pick(probabilities, picked);
    Optional<float[][]> pickedPasses =
        monteCarlo.map(
            passes ->
                Arrays.stream(passes)
                    .map(row -> PoolArrays.pick(row, picked))
                    .toArray(float[][]::new));
    Optional<int[]> pickedLabels =
        revealedLabels.map(labels -> Arrays.stream(picked).map(i -> labels[i]).toArray());
    Optional<float[][]> pickedFeatures =
        features.map(
            rows -> Arrays.stream(picked).mapToObj(i -> rows[i].clone()).toArray(float[][]::new));
    return new PoolView(
        pickedIds, pickedProbabilities, pickedPasses, pickedLabels, errors, pickedFeatures);
  }

  @Override
  public float[] probabilities() {
    return probabilities.clone();
  }

  @Override
  public Optional<float[][]> monteCarlo() {
    return monteCarlo.map(PoolArrays::deepCopy);
  }

  @Override
  public Optional<int[]> revealedLabels() {
    return revealedLabels.map(int[]::clone);
  }

  @Override
  public Optional<float[][]> features() {
    return features.map(PoolArrays::deepCopy);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PoolView view
        && ids.equals(view.ids)
        && Arrays.equals(probabilities, view.probabilities)
        && Arrays.deepEquals(monteCarlo.orElse(null), view.monteCarlo.orElse(null))
        && Arrays.equals(revealedLabels.orElse(null), view.revealedLabels.orElse(null))
        && errors.equals(view.errors)
        && Arrays.deepEquals(features.orElse(null), view.features.orElse(null));
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        ids,
        Arrays.hashCode(probabilities),
        Arrays.deepHashCode(monteCarlo.orElse(null)),
        Arrays.hashCode(revealedLabels.orElse(null)),
        errors,
        Arrays.deepHashCode(features.orElse(null)));
  }

  @Override
  public String toString() {
    return "PoolView[size="
        + size()
        + ", monteCarloPasses="
        + monteCarloPasses()
        + ", revealedLabels="
        + hasRevealedLabels()
        + ", errors="
        + errors
        + ", featureDimension="
        + featureDimension()
        + "]";
  }
}
