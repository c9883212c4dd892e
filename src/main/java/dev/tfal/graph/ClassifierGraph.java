package dev.tfal.graph;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Gradients;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;

/**
 * Named handles into the training graph: inputs, inference and training logits, the loss, the
 * optimizer step and reset, and the weight variables.
 */
public final class ClassifierGraph {
  /** Name of the token-id input placeholder. */
  public static final String TOKEN_IDS = "token_ids";

  /** Name of the int64 [2] placeholder seeding the dropout masks of one run. */
  public static final String DROPOUT_SEED = "dropout_seed";

  private final Placeholder<TInt32> tokenIds;
  private final Placeholder<TFloat32> labels;
  private final Placeholder<TInt64> dropoutSeed;
  private final ClassifierForward forward;
  private final Operand<TFloat32> trainingLogits;
  private final Operand<TFloat32> loss;
  private final ModelVariables variables;
  private final RmsPropUpdate optimizer;
  private final List<Operand<TFloat32>> gradients;

  private ClassifierGraph(Ops tf, ModelSpec model, OptimizerSpec optimizerSpec, LstmKernel kernel) {
    this.tokenIds = tokenInput(tf, model);
    this.labels =
        tf.withName("labels").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
    this.dropoutSeed =
        tf.withName(DROPOUT_SEED).placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));
    this.variables = ModelVariables.create(tf, ModelLayout.weights(model));
    this.forward =
        ClassifierForward.build(
            tf, model, kernel.encode(tf, model, tokenIds, variables), variables);
    this.trainingLogits = forward.logitsWithDropout(dropoutSeed, "training_logits");
    this.loss = loss(tf, model, labels, trainingLogits);
    Gradients gradients = tf.gradients(loss, variables.all());
    List<Operand<TFloat32>> grads = new ArrayList<>();
    for (int i = 0; i < variables.all().size(); i++) {
      grads.add(gradients.<TFloat32>dy(i));
    }
    this.gradients = List.copyOf(grads);
    this.optimizer = RmsPropUpdate.create(tf, optimizerSpec, variables, grads);
  }

  /**
   * Binary cross-entropy of the logits [B] for two classes; for K > 2 categorical cross-entropy of
   * the logits [B, K] against the one-hot rows of the label ids, fed as floats [B].
   */
  private static Operand<TFloat32> loss(
      Ops tf, ModelSpec model, Operand<TFloat32> labels, Operand<TFloat32> logits) {
    if (model.isBinary()) {
      return BinaryCrossEntropy.fromLogits(tf, labels, logits);
    }
    Ops scope = tf.withSubScope("one_hot");
    Operand<TFloat32> oneHot =
        scope.oneHot(
            scope.dtypes.cast(labels, TInt32.class),
            scope.constant(model.classes()),
            scope.constant(1f),
            scope.constant(0f));
    return CategoricalCrossEntropy.fromLogits(tf, oneHot, logits);
  }

  /**
   * Builds the whole training graph with the default LSTM kernel. Every run of the dropout path
   * (training step, gradients, Monte-Carlo dropout) feeds {@link #dropoutSeed()}.
   */
  public static ClassifierGraph build(Ops tf, ModelSpec model, OptimizerSpec optimizer) {
    return build(tf, model, optimizer, LstmKernel.PROJECTED);
  }

  /** As {@link #build(Ops, ModelSpec, OptimizerSpec)} with the given LSTM layout. */
  public static ClassifierGraph build(
      Ops tf, ModelSpec model, OptimizerSpec optimizer, LstmKernel kernel) {
    return new ClassifierGraph(tf, model, optimizer, kernel);
  }

  /** The int32 [batch, sequenceLength] token-id placeholder every graph of tfal takes. */
  public static Placeholder<TInt32> tokenInput(Ops tf, ModelSpec model) {
    return tf.withName(TOKEN_IDS)
        .placeholder(TInt32.class, Placeholder.shape(Shape.of(-1, model.sequenceLength())));
  }

  public Placeholder<TInt32> tokenIds() {
    return tokenIds;
  }

  public Placeholder<TFloat32> labels() {
    return labels;
  }

  /** The {@code [key, counter]} seed of the dropout masks, fed with every dropout run. */
  public Placeholder<TInt64> dropoutSeed() {
    return dropoutSeed;
  }

  /** Logits with dropout off. */
  public Operand<TFloat32> logits() {
    return forward.logits();
  }

  /** The hidden dense layer's activations [B, denseUnits] with dropout off. */
  public Operand<TFloat32> hidden() {
    return forward.hidden();
  }

  /** Logits with dropout on, as the training step sees them. */
  public Operand<TFloat32> trainingLogits() {
    return trainingLogits;
  }

  /** Mean cross-entropy of the training logits: binary for two classes, categorical for K. */
  public Operand<TFloat32> loss() {
    return loss;
  }

  public ModelVariables variables() {
    return variables;
  }

  /** Gradients of the loss with respect to each variable, in spec order. */
  public List<Operand<TFloat32>> gradients() {
    return gradients;
  }

  /** Target applying one optimizer update computed from the fed batch. */
  public Op trainStep() {
    return optimizer.step();
  }

  /** Target zeroing the optimizer's state. */
  public Op resetOptimizer() {
    return optimizer.reset();
  }

  /** The optimizer's per-weight state (RMSprop velocities), in weight spec order. */
  public ModelVariables optimizerState() {
    return optimizer.velocities();
  }
}
