package dev.tfal.graph;

import dev.tfal.error.ModelMismatchException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A full set of trainable weight values, held in Java memory: fresh initial values, a best-epoch
 * snapshot, or the weights to export. Immutable: arrays are copied in and out.
 */
public final class ModelWeights {
  private final List<WeightSpec> specs;
  private final Map<String, float[]> values;

  private ModelWeights(List<WeightSpec> specs, Map<String, float[]> values) {
    this.specs = List.copyOf(specs);
    this.values = Collections.unmodifiableMap(values);
  }

  /** Keras-style initial values for every weight of {@code spec}, drawn from {@code seed}. */
  public static ModelWeights initial(ModelSpec spec, long seed) {
    WeightInitializer initializer = new WeightInitializer(seed);
    List<WeightSpec> specs = ModelLayout.weights(spec);
    Map<String, float[]> values = new LinkedHashMap<>();
    for (WeightSpec weight : specs) {
      values.put(weight.name(), initializer.initialValues(weight));
    }
    return new ModelWeights(specs, values);
  }

  /** Weights from values given in the order of {@code specs}; each array is copied. */
  public static ModelWeights of(List<WeightSpec> specs, List<float[]> arrays) {
    if (specs.size() != arrays.size()) {
      throw new IllegalArgumentException(
          "need one array per weight: " + specs.size() + " weights, " + arrays.size() + " arrays");
    }
    Map<String, float[]> values = new LinkedHashMap<>();
    for (int i = 0; i < specs.size(); i++) {
      WeightSpec weight = specs.get(i);
      float[] array = arrays.get(i);
      if (array.length != weight.size()) {
        throw new ModelMismatchException(
            "weight " + weight + " needs " + weight.size() + " values, got " + array.length);
      }
      values.put(weight.name(), array.clone());
    }
    return new ModelWeights(specs, values);
  }

  public List<WeightSpec> specs() {
    return specs;
  }

  /** A copy of the values of weight {@code name}. */
  public float[] values(String name) {
    float[] array = values.get(name);
    if (array == null) {
      throw new IllegalArgumentException("no weight named '" + name + "'; weights: " + names());
    }
    return array.clone();
  }

  /** Copies of all values in spec order. */
  public List<float[]> arrays() {
    List<float[]> arrays = new ArrayList<>();
    for (WeightSpec weight : specs) {
      arrays.add(values.get(weight.name()).clone());
    }
    return arrays;
  }

  /** Throws if these weights do not have exactly the layout of {@code spec}. */
  public void requireLayout(ModelSpec spec) {
    if (!specs.equals(ModelLayout.weights(spec))) {
      throw new ModelMismatchException(
          "weights " + specs + " do not match the model " + ModelLayout.weights(spec));
    }
  }

  private List<String> names() {
    return specs.stream().map(WeightSpec::name).toList();
  }
}
