package dev.tfal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SavedModel tfal exports, loaded in a fresh JVM by plain TensorFlow Java, gives the same
 * probabilities as in-process prediction: the vocabulary table is initialized by the loader.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SeparateProcessLoadTest {
  private static final List<String> TEXTS =
      List.of("Good film!", "AWFUL, awful... <br />the end", "", "unknown café words", "great");

  @TempDir Path tmp;

  @Test
  void plainTensorFlowJavaLoaderGivesTheSameProbabilities()
      throws IOException, InterruptedException {
    Path model = TinySavedModel.write(tmp.resolve("model"), 5);
    float[] expected;
    try (SavedModelClassifier loaded = SavedModelClassifier.load(model)) {
      expected = loaded.probabilities(TEXTS);
    }

    List<String> lines = runStandalone(model);

    assertEquals(TEXTS.size(), lines.size(), String.join("\n", lines));
    for (int i = 0; i < TEXTS.size(); i++) {
      assertEquals(expected[i], Float.parseFloat(lines.get(i)), 1e-6, "text " + TEXTS.get(i));
    }
  }

  private static List<String> runStandalone(Path model) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            StandaloneServingMain.class.getName(),
            model.toString()));
    command.addAll(TEXTS);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putIfAbsent("TF_CPP_MIN_LOG_LEVEL", "3");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "standalone loader failed; output:\n" + out);
    return out.lines().filter(l -> !l.isBlank()).toList();
  }
}
