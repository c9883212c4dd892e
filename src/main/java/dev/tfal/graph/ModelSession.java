package dev.tfal.graph;

import dev.tfal.error.RuntimeFailureException;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * Owns the training graph and its session: runs training steps and inference, and moves weights and
 * optimizer state in and out. Dropout masks come from a stateless op seeded with {@code [key,
 * counter]}: each dropout run takes the next counter, and {@link #seedDropout} restarts the count
 * under a new key, so the masks are a pure function of the key and the run's position after it. Not
 * thread-safe; one owner closes it.
 */
public final class ModelSession implements TrainableModel, AutoCloseable {
  private final ModelSpec spec;
  private final Graph graph;
  private final Session session;
  private final ClassifierGraph handles;
  private long dropoutKey;
  private long dropoutCounter;

  private ModelSession(ModelSpec spec, OptimizerSpec optimizer, RuntimeConfig runtime, long seed) {
    this.spec = spec;
    this.graph = new Graph();
    this.dropoutKey = seed;
    try {
      this.handles =
          ClassifierGraph.build(Ops.create(graph), spec, optimizer, runtime.lstmKernel());
      this.session = new Session(graph, false, SessionConfigs.of(runtime));
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /** Builds the graph and starts from fresh Keras-style weights drawn from {@code seed}. */
  public static ModelSession open(
      ModelSpec spec, OptimizerSpec optimizer, RuntimeConfig runtime, long seed) {
    ModelSession model = new ModelSession(spec, optimizer, runtime, seed);
    try {
      model.load(ModelWeights.initial(spec, seed));
      model.resetOptimizer();
      return model;
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
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
  public float[] trainStep(TokenBatch batch) {
    try (TInt32 ids = idsTensor(batch.tokenIds(), batch.size());
        TFloat32 labels =
            TFloat32.tensorOf(Shape.of(batch.size()), DataBuffers.of(batch.labels(), true, false));
        TInt64 seed = nextDropoutSeed();
        Result result =
            session
                .runner()
                .feed(handles.tokenIds(), ids)
                .feed(handles.labels(), labels)
                .feed(handles.dropoutSeed(), seed)
                .addTarget(handles.trainStep())
                .fetch(handles.trainingLogits())
                .run()) {
      return toArray((TFloat32) result.get(0));
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException("training step", e);
    }
  }

  @Override
  public float[] logits(int[] tokenIds, int rows) {
    return run(tokenIds, rows, handles.logits(), "inference");
  }

  /**
   * The hidden dense layer's activations with dropout off, {@code rows x denseUnits} row-major: the
   * representation the output layer sees, for strategies that compare reviews (badge).
   */
  @Override
  public float[] hidden(int[] tokenIds, int rows) {
    return run(tokenIds, rows, handles.hidden(), "hidden-layer inference");
  }

  @Override
  public float[] logitsWithDropout(int[] tokenIds, int rows) {
    try (TInt32 ids = idsTensor(tokenIds, rows);
        TInt64 seed = nextDropoutSeed();
        Result result =
            session
                .runner()
                .feed(handles.tokenIds(), ids)
                .feed(handles.dropoutSeed(), seed)
                .fetch(handles.trainingLogits())
                .run()) {
      return toArray((TFloat32) result.get(0));
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException("Monte-Carlo dropout inference", e);
    }
  }

  @Override
  public void seedDropout(long key) {
    dropoutKey = key;
    dropoutCounter = 0;
  }

  /**
   * Gradients of the mean training loss on {@code batch} with respect to every weight (dropout on,
   * as in a training step), without changing any weight.
   */
  public ModelWeights gradients(TokenBatch batch) {
    try (TInt32 ids = idsTensor(batch.tokenIds(), batch.size());
        TFloat32 labels =
            TFloat32.tensorOf(Shape.of(batch.size()), DataBuffers.of(batch.labels(), true, false));
        TInt64 seed = nextDropoutSeed()) {
      Session.Runner runner =
          session
              .runner()
              .feed(handles.tokenIds(), ids)
              .feed(handles.labels(), labels)
              .feed(handles.dropoutSeed(), seed);
      handles.gradients().forEach(runner::fetch);
      try (Result result = runner.run()) {
        List<float[]> arrays = new ArrayList<>();
        for (int i = 0; i < handles.gradients().size(); i++) {
          arrays.add(toArray(result.get(i)));
        }
        return ModelWeights.of(handles.variables().specs(), arrays);
      }
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException("computing gradients", e);
    }
  }

  @Override
  public ModelWeights weights() {
    return read(handles.variables(), "reading weights");
  }

  @Override
  public void load(ModelWeights weights) {
    weights.requireLayout(spec);
    WeightFeeder.assign(session, handles.variables(), weights);
  }

  @Override
  public ModelWeights optimizerState() {
    return read(handles.optimizerState(), "reading the optimizer state");
  }

  @Override
  public void loadOptimizerState(ModelWeights state) {
    state.requireLayout(spec);
    WeightFeeder.assign(session, handles.optimizerState(), state);
  }

  private ModelWeights read(ModelVariables source, String step) {
    List<Variable<TFloat32>> variables = source.all();
    Session.Runner runner = session.runner();
    variables.forEach(runner::fetch);
    try (Result result = runner.run()) {
      List<float[]> arrays = new ArrayList<>();
      for (int i = 0; i < variables.size(); i++) {
        arrays.add(toArray((TFloat32) result.get(i)));
      }
      return ModelWeights.of(source.specs(), arrays);
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException(step, e);
    }
  }

  private TInt64 nextDropoutSeed() {
    return TInt64.vectorOf(dropoutKey, dropoutCounter++);
  }

  @Override
  public void resetOptimizer() {
    try {
      session.runner().addTarget(handles.resetOptimizer()).run();
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException("resetting the optimizer", e);
    }
  }

  private float[] run(
      int[] tokenIds, int rows, org.tensorflow.Operand<TFloat32> output, String step) {
    try (TInt32 ids = idsTensor(tokenIds, rows);
        Result result = session.runner().feed(handles.tokenIds(), ids).fetch(output).run()) {
      return toArray((TFloat32) result.get(0));
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException(step, e);
    }
  }

  private TInt32 idsTensor(int[] tokenIds, int rows) {
    if (tokenIds.length != rows * spec.sequenceLength()) {
      throw new IllegalArgumentException(
          "expected "
              + rows
              + " x "
              + spec.sequenceLength()
              + " token ids, got "
              + tokenIds.length);
    }
    return TInt32.tensorOf(
        Shape.of(rows, spec.sequenceLength()), DataBuffers.of(tokenIds, true, false));
  }

  static float[] toArray(Tensor tensor) {
    TFloat32 floats = (TFloat32) tensor;
    float[] values = new float[Math.toIntExact(floats.size())];
    floats.copyTo(DataBuffers.of(values, false, false));
    return values;
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
    graph.close();
  }
}
