package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.train.TrainState;
import dev.tfal.train.TrainStateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of {@code tfal train}: one run, started as its own JVM, is killed with SIGKILL
 * during epoch 1 (before any state), right after epoch 2's state was written and during the final
 * evaluation and export, and stopped once with SIGTERM (exit 143 and the resume hint); each time
 * {@code train --resume} continues it in a new JVM. The finished run must equal an uninterrupted
 * run with the same seed exactly (metrics, history, weights, optimizer state), while the children
 * run every read of the state file must see a complete state, and a second process on the run must
 * be refused.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TrainKillResumeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int EPOCHS = 4;

  /** The micro preset (test resources): vocabulary 60, length 12, dropout 0.5. */
  private static final ModelSpec MICRO = new ModelSpec(60, 12, 8, 4, 6, 0.5);

  @TempDir Path tmp;

  @Test
  void killedAtEveryStageTheRunResumesToTheUninterruptedResult() throws Exception {
    TfalHome home = TfalHome.create(tmp);
    Path data = reviews(tmp, 1600);
    Path reference = tmp.resolve("reference");
    Execution uninterrupted = home.run(trainArgs(data, reference).toArray(String[]::new));
    assertEquals(0, uninterrupted.code(), uninterrupted.describe());
    Path run = tmp.resolve("run");
    StateWatch watch = new StateWatch(run.resolve(TrainStateFile.FILE_NAME));
    List<String> resume = List.of("train", "--resume", run.toString());

    ChildTfal first = ChildTfal.start(home, tmp, "first", trainArgs(data, run));
    first.awaitWhileAlive("epoch 1", () -> watch.poll() && first.stderr().contains("Epoch 1/"));
    first.kill();
    assertEquals(0, watch.epochsDone(), "epoch 1 had ended before the kill; " + first.describe());

    ChildTfal second = ChildTfal.start(home, tmp, "second", resume);
    second.awaitWhileAlive("the lock", () -> second.stderr().contains("Reading "));
    Execution intruder = home.run(resume.toArray(String[]::new));
    assertEquals(ExitCodes.USAGE, intruder.code(), intruder.describe());
    assertTrue(intruder.err().contains("is in use by another tfal process"), intruder.err());
    second.awaitWhileAlive("epoch 2's state", () -> watch.poll() && watch.epochsDone() >= 2);
    second.kill();
    watch.poll();
    int afterSecond = watch.epochsDone();
    assertTrue(afterSecond >= 2 && afterSecond < EPOCHS, "state after the kill: " + afterSecond);
    assertTrue(second.stderr().contains("No completed epoch in " + run), second.describe());

    ChildTfal third = ChildTfal.start(home, tmp, "third", resume);
    third.awaitWhileAlive(
        "the resumed epoch", () -> watch.poll() && third.stderr().contains("Resuming after epoch"));
    third.terminate();
    assertEquals(ChildTfal.SIGTERM_EXIT, third.await(), third.describe());
    assertTrue(
        third
            .stderr()
            .contains(
                "tfal: interrupted; every completed epoch is kept; continue with: ./tfal train"
                    + " --resume "
                    + run),
        third.describe());
    assertTrue(
        third.stderr().contains("Resuming after epoch " + afterSecond + "/" + EPOCHS),
        third.describe());

    ChildTfal fourth = ChildTfal.start(home, tmp, "fourth", resume);
    fourth.awaitWhileAlive(
        "the final evaluation",
        () -> watch.poll() && fourth.stderr().contains("Evaluating the best epoch"));
    fourth.kill();
    assertFalse(Files.exists(run.resolve("metrics.json")), "the run finished before the kill");

    ChildTfal last = ChildTfal.start(home, tmp, "last", resume);
    assertEquals(0, last.await(), last.describe());
    int epochsRun =
        JSON.readTree(reference.resolve("metrics.json").toFile()).get("epochs_run").asInt();
    assertTrue(
        last.stderr().contains("Resuming after epoch " + epochsRun + "/" + EPOCHS),
        last.describe());
    assertFalse(last.stderr().contains("Epoch 1/"), "the finished fit ran again");
    assertSameRun(reference, run);
  }

  private static void assertSameRun(Path expected, Path actual) throws IOException {
    assertEquals(
        TrainResumeTest.withoutTimes(JSON.readTree(expected.resolve("metrics.json").toFile())),
        TrainResumeTest.withoutTimes(JSON.readTree(actual.resolve("metrics.json").toFile())));
    assertEquals(
        Files.readString(expected.resolve("history.csv")),
        Files.readString(actual.resolve("history.csv")));
    TrainState want = readState(expected);
    TrainState got = readState(actual);
    assertWeights(want.weights(), got.weights());
    assertWeights(want.optimizerState(), got.optimizerState());
    assertWeights(want.best().weights().orElseThrow(), got.best().weights().orElseThrow());
    assertEquals(want.earlyStopping(), got.earlyStopping());
    assertTrue(Files.isRegularFile(actual.resolve("best/saved_model.pb")));
    assertTrue(Files.isRegularFile(actual.resolve("loss.png")));
  }

  private static TrainState readState(Path run) throws IOException {
    return TrainStateFile.read(run.resolve(TrainStateFile.FILE_NAME), MICRO).orElseThrow();
  }

  private static void assertWeights(ModelWeights expected, ModelWeights actual) {
    for (int i = 0; i < expected.specs().size(); i++) {
      assertArrayEquals(
          expected.arrays().get(i), actual.arrays().get(i), expected.specs().get(i).name());
    }
  }

  private static List<String> trainArgs(Path data, Path out) {
    return List.of(
        "train",
        "--data",
        data.toString(),
        "--preset",
        TfalHome.MICRO,
        "--val-size",
        "40",
        "--test-size",
        "400",
        "--initial-size",
        "40",
        "--epochs",
        Integer.toString(EPOCHS),
        "--threads",
        "1",
        "--out",
        out.toString());
  }

  /**
   * Reads the state file whenever polled, as a reader racing the writer would: every read must find
   * no file or a complete state of the micro model, never a torn one.
   */
  private static final class StateWatch {
    private final Path file;
    private int epochsDone;

    StateWatch(Path file) {
      this.file = file;
    }

    /** Reads the file once; always true, so it can lead a probe. */
    boolean poll() {
      try {
        Optional<TrainState> state = TrainStateFile.read(file, MICRO);
        epochsDone = state.map(TrainState::epochsDone).orElse(epochsDone);
      } catch (IOException | RuntimeException e) {
        fail("a reader saw an incomplete training state: " + e);
      }
      return true;
    }

    int epochsDone() {
      return epochsDone;
    }
  }

  /** {@code count} short reviews, about one in ten without a sentiment word. */
  private static Path reviews(Path dir, int count) throws IOException {
    return TfalHome.sentimentCsv(dir, count, "r%04d", true);
  }
}
