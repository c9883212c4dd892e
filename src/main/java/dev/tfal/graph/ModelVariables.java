package dev.tfal.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The model's trainable variables in a graph, one per {@link WeightSpec}, each with a placeholder
 * and an assign op so that any {@link ModelWeights} can be loaded by feeding them.
 */
public final class ModelVariables {
  private final List<WeightSpec> specs;
  private final Map<String, Variable<TFloat32>> variables;
  private final List<Placeholder<TFloat32>> assignInputs;
  private final Op assignAll;

  private ModelVariables(
      List<WeightSpec> specs,
      Map<String, Variable<TFloat32>> variables,
      List<Placeholder<TFloat32>> assignInputs,
      Op assignAll) {
    this.specs = specs;
    this.variables = Collections.unmodifiableMap(variables);
    this.assignInputs = List.copyOf(assignInputs);
    this.assignAll = assignAll;
  }

  static ModelVariables create(Ops tf, List<WeightSpec> specs) {
    Map<String, Variable<TFloat32>> variables = new LinkedHashMap<>();
    List<Placeholder<TFloat32>> inputs = new ArrayList<>();
    List<Op> assigns = new ArrayList<>();
    for (WeightSpec spec : specs) {
      org.tensorflow.ndarray.Shape shape = org.tensorflow.ndarray.Shape.of(spec.shape());
      Variable<TFloat32> variable = tf.withName(spec.opName()).variable(shape, TFloat32.class);
      Placeholder<TFloat32> input =
          tf.withName(spec.opName() + "_value")
              .placeholder(TFloat32.class, Placeholder.shape(shape));
      variables.put(spec.name(), variable);
      inputs.add(input);
      assigns.add(tf.assign(variable, input));
    }
    Op assignAll = tf.withControlDependencies(assigns).withName("assign_weights").noOp();
    return new ModelVariables(List.copyOf(specs), variables, inputs, assignAll);
  }

  public List<WeightSpec> specs() {
    return specs;
  }

  Operand<TFloat32> get(String name) {
    Variable<TFloat32> variable = variables.get(name);
    if (variable == null) {
      throw new IllegalArgumentException(
          "no variable '" + name + "'; variables: " + variables.keySet());
    }
    return variable;
  }

  /** Variables in spec order. */
  public List<Variable<TFloat32>> all() {
    return List.copyOf(variables.values());
  }

  /** Placeholders to feed, in spec order, when running {@link #assignAll()}. */
  public List<Placeholder<TFloat32>> assignInputs() {
    return assignInputs;
  }

  /** Target that assigns every fed placeholder to its variable. */
  public Op assignAll() {
    return assignAll;
  }
}
