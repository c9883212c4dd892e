package dev.tfal.export;

import dev.tfal.error.ModelMismatchException;
import dev.tfal.graph.ModelLayout;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.WeightSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * Reads the weights of a SavedModel tfal wrote, e.g. to continue training from it, after checking
 * its files against its manifest.
 */
public final class SavedModelWeights {
  private SavedModelWeights() {}

  public static ModelWeights read(Path dir, ModelSpec spec) throws IOException {
    SavedModelClassifier.requireSavedModel(dir);
    List<WeightSpec> specs = ModelLayout.weights(spec);
    try (SavedModelBundle bundle = SavedModelBundle.load(dir.toString(), SavedModelLayout.TAG)) {
      Session.Runner runner = bundle.session().runner();
      specs.forEach(weight -> runner.fetch(weight.opName()));
      try (Result result = runner.run()) {
        List<float[]> arrays = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
          TFloat32 tensor = (TFloat32) result.get(i);
          float[] values = new float[Math.toIntExact(tensor.size())];
          tensor.copyTo(DataBuffers.of(values, false, false));
          arrays.add(values);
        }
        return ModelWeights.of(specs, arrays);
      }
    } catch (TensorFlowException | IllegalArgumentException e) {
      throw new ModelMismatchException(
          dir + ": cannot read the weights of model " + spec + ": " + e.getMessage());
    }
  }
}
