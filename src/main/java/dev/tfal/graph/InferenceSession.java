package dev.tfal.graph;

import dev.tfal.error.RuntimeFailureException;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * An inference-only graph (no labels, no dropout, no optimizer state) holding a given set of
 * weights: what a SavedModel contains. Owns its graph and session.
 */
public final class InferenceSession implements LogitModel, AutoCloseable {
  private final ModelSpec spec;
  private final Graph graph;
  private final Ops tf;
  private final Placeholder<TInt32> tokenIds;
  private final ModelVariables variables;
  private final Operand<TFloat32> logits;
  private final Operand<TFloat32> probabilities;
  private final Session session;
  private final LstmKernel kernel;

  private InferenceSession(ModelSpec spec, RuntimeConfig runtime) {
    this.spec = spec;
    this.graph = new Graph();
    try {
      this.tf = Ops.create(graph);
      this.tokenIds = ClassifierGraph.tokenInput(tf, spec);
      this.variables = ModelVariables.create(tf, ModelLayout.weights(spec));
      this.kernel = runtime.lstmKernel();
      this.logits = forward(tf, tokenIds).logits();
      this.probabilities = probabilities(tf.withName("probability"), spec, logits);
      this.session = new Session(graph, false, SessionConfigs.of(runtime));
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }

  /** An inference graph for {@code spec} holding {@code weights}. */
  public static InferenceSession open(ModelSpec spec, ModelWeights weights, RuntimeConfig runtime) {
    InferenceSession inference = new InferenceSession(spec, runtime);
    try {
      inference.load(weights);
      return inference;
    } catch (RuntimeException e) {
      inference.close();
      throw e;
    }
  }

  /** Replaces the weights. */
  public void load(ModelWeights weights) {
    weights.requireLayout(spec);
    WeightFeeder.assign(session, variables, weights);
  }

  public ModelSpec spec() {
    return spec;
  }

  @Override
  public int sequenceLength() {
    return spec.sequenceLength();
  }

  @Override
  public float[] logits(int[] ids, int rows) {
    try (TInt32 input =
            TInt32.tensorOf(
                Shape.of(rows, spec.sequenceLength()), DataBuffers.of(ids, true, false));
        Result result = session.runner().feed(tokenIds, input).fetch(logits).run()) {
      return ModelSession.toArray(result.get(0));
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException("inference", e);
    }
  }

  /** Ops for building extra graph parts, such as serving signatures, on this graph. */
  public Ops ops() {
    return tf;
  }

  public Session session() {
    return session;
  }

  public Placeholder<TInt32> tokenIds() {
    return tokenIds;
  }

  public Operand<TFloat32> logitsOutput() {
    return logits;
  }

  /**
   * Logits [B] of these weights for another token-id input [B, T], such as ids computed in the
   * graph from raw text. Builds a second forward pass under the sub-scope {@code name}.
   */
  public Operand<TFloat32> logitsFor(String name, Operand<TInt32> ids) {
    return forward(tf.withSubScope(name), ids).logits();
  }

  /**
   * The class probabilities of {@code logits}: sigmoid of the logits [B] of a two-class model (the
   * positive class's probability), softmax of the logits [B, K] otherwise.
   */
  public static Operand<TFloat32> probabilities(Ops tf, ModelSpec spec, Operand<TFloat32> logits) {
    return spec.isBinary() ? tf.math.sigmoid(logits) : tf.nn.softmax(logits);
  }

  public Operand<TFloat32> probabilitiesOutput() {
    return probabilities;
  }

  private ClassifierForward forward(Ops scope, Operand<TInt32> ids) {
    return ClassifierForward.build(
        scope, spec, kernel.encode(scope, spec, ids, variables), variables);
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
    graph.close();
  }
}
