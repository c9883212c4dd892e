package dev.tfal.graph;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A {@link TrainableModel} without TensorFlow, for tests of control flow: a logistic regression on
 * token counts (one parameter per vocabulary id plus a bias) trained by plain gradient steps, or a
 * {@link Script} that sets its logits from the size of the training set. Its parameters live in the
 * first weight of the spec's layout, so weights snapshot, load and export as a real model's do;
 * dropout drops tokens by a hash of the dropout key, the run counter and the position. Everything
 * is a pure function of the weights, the batches and the dropout key, as in the real session.
 */
public final class FakeModel implements TrainableModel {
  /** Logits as a function of the training set size of the last epoch and a row's token ids. */
  @FunctionalInterface
  public interface Script {
    float logit(int trainingRows, int[] tokens, int from, int length);
  }

  private static final float LEARNING_RATE = 0.5f;

  private final ModelSpec spec;
  private final List<WeightSpec> layout;
  private final Script script;
  private float[] params;
  private ModelWeights optimizer;
  private long dropoutKey;
  private long dropoutCounter;
  private int epochRows;
  private int trainSteps;
  private final List<ModelWeights> atOptimizerResets = new java.util.ArrayList<>();

  private FakeModel(ModelSpec spec, long seed, Script script) {
    this.spec = spec;
    ModelWeights initial = ModelWeights.initial(spec, seed);
    this.layout = initial.specs();
    this.script = script;
    load(initial);
    resetOptimizer();
    atOptimizerResets.clear();
  }

  /** A learning fake: logistic regression on token counts, from weights drawn from {@code seed}. */
  public static FakeModel learning(ModelSpec spec, long seed) {
    return new FakeModel(spec, seed, null);
  }

  /** A scripted fake: each row's logit is {@code script} of the last epoch's training rows. */
  public static FakeModel scripted(ModelSpec spec, Script script) {
    return new FakeModel(spec, 0, script);
  }

  /**
   * The weights at every optimizer reset since it was opened: where each warm or reset fit began.
   */
  public List<ModelWeights> weightsAtOptimizerResets() {
    return List.copyOf(atOptimizerResets);
  }

  /** Training steps run so far. */
  public int trainSteps() {
    return trainSteps;
  }

  @Override
  public ModelSpec spec() {
    return spec;
  }

  @Override
  public int sequenceLength() {
    return spec.sequenceLength();
  }

  @Override
  public float[] logits(int[] tokenIds, int rows) {
    return run(tokenIds, rows, false);
  }

  @Override
  public float[] logitsWithDropout(int[] tokenIds, int rows) {
    return run(tokenIds, rows, true);
  }

  @Override
  public float[] trainStep(TokenBatch batch) {
    float[] logits = run(batch.tokenIds(), batch.size(), true);
    trainSteps++;
    epochRows += batch.size();
    if (script != null) {
      params[spec.vocabularySize() + 1] = epochRows;
      return logits;
    }
    int length = spec.sequenceLength();
    for (int row = 0; row < batch.size(); row++) {
      float error = sigmoid(logits[row]) - batch.labels()[row];
      float step = LEARNING_RATE * error / batch.size();
      params[spec.vocabularySize()] -= step;
      for (int i = row * length; i < (row + 1) * length; i++) {
        params[batch.tokenIds()[i]] -= step;
      }
    }
    return logits;
  }

  @Override
  public float[] hidden(int[] tokenIds, int rows) {
    int width = spec.denseUnits();
    int length = spec.sequenceLength();
    float[] hidden = new float[rows * width];
    for (int row = 0; row < rows; row++) {
      for (int i = row * length; i < (row + 1) * length; i++) {
        int token = tokenIds[i];
        hidden[row * width + token % width] += params[token];
      }
    }
    return hidden;
  }

  /** Also starts a new epoch's count of training rows, which a script reads. */
  @Override
  public void seedDropout(long key) {
    dropoutKey = key;
    dropoutCounter = 0;
    epochRows = 0;
  }

  @Override
  public ModelWeights weights() {
    List<float[]> arrays = new java.util.ArrayList<>();
    for (WeightSpec weight : layout) {
      arrays.add(new float[weight.size()]);
    }
    System.arraycopy(params, 0, arrays.get(0), 0, params.length);
    return ModelWeights.of(layout, arrays);
  }

  @Override
  public void load(ModelWeights weights) {
    weights.requireLayout(spec);
    float[] first = weights.arrays().get(0);
    params = java.util.Arrays.copyOf(first, spec.vocabularySize() + 2);
  }

  @Override
  public ModelWeights optimizerState() {
    return optimizer;
  }

  @Override
  public void loadOptimizerState(ModelWeights state) {
    state.requireLayout(spec);
    optimizer = state;
  }

  @Override
  public void resetOptimizer() {
    atOptimizerResets.add(weights());
    optimizer = ModelWeights.of(layout, layout.stream().map(w -> new float[w.size()]).toList());
  }

  private float[] run(int[] tokenIds, int rows, boolean dropout) {
    int length = spec.sequenceLength();
    if (tokenIds.length != rows * length) {
      throw new IllegalArgumentException(rows + " x " + length + " ids, got " + tokenIds.length);
    }
    SplittableRandom masks = dropout ? new SplittableRandom(dropoutKey ^ dropoutCounter++) : null;
    float[] logits = new float[rows];
    for (int row = 0; row < rows; row++) {
      if (script != null) {
        int trained = (int) params[spec.vocabularySize() + 1];
        logits[row] = script.logit(trained, tokenIds, row * length, length);
        continue;
      }
      float logit = params[spec.vocabularySize()];
      for (int i = row * length; i < (row + 1) * length; i++) {
        if (masks == null || masks.nextDouble() >= spec.dropoutRate()) {
          logit += params[tokenIds[i]];
        }
      }
      logits[row] = logit;
    }
    return logits;
  }

  private static float sigmoid(float logit) {
    return (float) (1 / (1 + Math.exp(-logit)));
  }
}
