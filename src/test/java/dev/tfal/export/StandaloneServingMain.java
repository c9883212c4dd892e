package dev.tfal.export;

import java.util.Arrays;
import java.util.Map;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TString;

/**
 * Loads a SavedModel with TensorFlow Java alone (no tfal class) and prints the probabilities of its
 * {@code serving_default} signature for the texts given as arguments after the directory, one per
 * line. Run in a separate JVM by {@link SeparateProcessLoadTest}.
 */
public final class StandaloneServingMain {
  private StandaloneServingMain() {}

  public static void main(String[] args) {
    String[] texts = Arrays.copyOfRange(args, 1, args.length);
    try (SavedModelBundle bundle = SavedModelBundle.load(args[0], "serve");
        TString input = TString.tensorOf(NdArrays.vectorOfObjects(texts));
        Result result = bundle.function("serving_default").call(Map.of("text", input))) {
      TFloat32 probabilities = (TFloat32) result.get("probability").orElseThrow();
      for (int i = 0; i < texts.length; i++) {
        System.out.println(probabilities.getFloat(i));
      }
    }
  }
}
