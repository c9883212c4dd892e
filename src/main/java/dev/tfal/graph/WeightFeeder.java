package dev.tfal.graph;

import dev.tfal.error.RuntimeFailureException;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/** Assigns Java-held weight values to a graph's variables in one session run. */
final class WeightFeeder {
  private WeightFeeder() {}

  static void assign(Session session, ModelVariables variables, ModelWeights weights) {
    List<TFloat32> tensors = new ArrayList<>();
    try {
      Session.Runner runner = session.runner().addTarget(variables.assignAll());
      List<float[]> arrays = weights.arrays();
      for (int i = 0; i < arrays.size(); i++) {
        Shape shape = Shape.of(variables.specs().get(i).shape());
        TFloat32 tensor = TFloat32.tensorOf(shape, DataBuffers.of(arrays.get(i), true, false));
        tensors.add(tensor);
        runner.feed(variables.assignInputs().get(i), tensor);
      }
      runner.run();
    } catch (TensorFlowException e) {
      throw new RuntimeFailureException("assigning weights", e);
    } finally {
      tensors.forEach(TFloat32::close);
    }
  }
}
