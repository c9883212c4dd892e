package dev.tfal.train;

import dev.tfal.error.DataFormatException;
import dev.tfal.error.ModelMismatchException;
import dev.tfal.graph.ModelLayout;
import dev.tfal.graph.ModelSpec;
import dev.tfal.graph.ModelWeights;
import dev.tfal.graph.WeightSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The binary body of a {@link TrainStateFile}, big-endian as {@link DataOutputStream} writes it:
 * magic {@code TFALTRN1}, version (int), seed (long), epochs done (int), seconds (double), stop
 * reason (boolean present, then UTF), history (int epochs, each an int count of key (UTF) and value
 * (double) pairs), early stopping (double best, int best epoch, int wait), best checkpoint (double
 * value, int epoch), then the weight blocks: weights, optimizer state and, when the best epoch is
 * not -1, the best weights; a block is an int count of tensors, each a UTF name, an int length and
 * that many floats.
 */
final class TrainStateCodec {
  static final int HEADER_BYTES = 12;
  private static final byte[] MAGIC = "TFALTRN1".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;

  private TrainStateCodec() {}

  static boolean hasMagic(byte[] bytes) {
    return bytes.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC);
  }

  static byte[] encode(TrainState state) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(VERSION);
      out.writeLong(state.seed());
      out.writeInt(state.epochsDone());
      out.writeDouble(state.seconds());
      out.writeBoolean(state.stopReason().isPresent());
      if (state.stopReason().isPresent()) {
        out.writeUTF(state.stopReason().get());
      }
      writeHistory(out, state.history());
      out.writeDouble(state.earlyStopping().best());
      out.writeInt(state.earlyStopping().bestEpoch());
      out.writeInt(state.earlyStopping().epochsWithoutImprovement());
      out.writeDouble(state.best().value());
      out.writeInt(state.best().epoch());
      writeWeights(out, state.weights());
      writeWeights(out, state.optimizerState());
      if (state.best().weights().isPresent()) {
        writeWeights(out, state.best().weights().get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("encoding the training state in memory", e);
    }
    return bytes.toByteArray();
  }

  static TrainState decode(byte[] body, ModelSpec spec, Path file) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
      in.readFully(new byte[MAGIC.length]);
      int version = in.readInt();
      if (version != VERSION) {
        throw new DataFormatException(
            file, "training state format " + version + " is not supported (expected " + VERSION);
      }
      TrainState state = readState(in, spec, file);
      if (in.available() != 0) {
        throw new DataFormatException(file, in.available() + " bytes after the training state");
      }
      return state;
    } catch (IOException e) {
      throw new DataFormatException(file, "truncated training state: " + e);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, "inconsistent training state: " + e.getMessage());
    }
  }

  private static TrainState readState(DataInputStream in, ModelSpec spec, Path file)
      throws IOException {
    long seed = in.readLong();
    int epochsDone = in.readInt();
    double seconds = in.readDouble();
    Optional<String> stopReason = in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    List<EpochLogs> history = readHistory(in);
    EarlyStopping.State early =
        new EarlyStopping.State(in.readDouble(), in.readInt(), in.readInt());
    double bestValue = in.readDouble();
    int bestEpoch = in.readInt();
    ModelWeights weights = readWeights(in, spec, file);
    ModelWeights optimizer = readWeights(in, spec, file);
    Optional<ModelWeights> bestWeights =
        bestEpoch >= 0 ? Optional.of(readWeights(in, spec, file)) : Optional.empty();
    return new TrainState(
        seed,
        epochsDone,
        history,
        weights,
        optimizer,
        early,
        new BestCheckpoint.State(bestValue, bestEpoch, bestWeights),
        stopReason,
        seconds);
  }

  private static void writeHistory(DataOutputStream out, List<EpochLogs> history)
      throws IOException {
    out.writeInt(history.size());
    for (EpochLogs logs : history) {
      out.writeInt(logs.keys().size());
      for (Map.Entry<String, Double> entry : logs.asMap().entrySet()) {
        out.writeUTF(entry.getKey());
        out.writeDouble(entry.getValue());
      }
    }
  }

  private static List<EpochLogs> readHistory(DataInputStream in) throws IOException {
    int epochs = requireCount(in.readInt(), "epochs");
    List<EpochLogs> history = new ArrayList<>();
    for (int epoch = 0; epoch < epochs; epoch++) {
      int keys = requireCount(in.readInt(), "metrics");
      Map<String, Double> values = new LinkedHashMap<>();
      for (int k = 0; k < keys; k++) {
        values.put(in.readUTF(), in.readDouble());
      }
      history.add(EpochLogs.of(values));
    }
    return history;
  }

  private static void writeWeights(DataOutputStream out, ModelWeights weights) throws IOException {
    List<float[]> arrays = weights.arrays();
    out.writeInt(arrays.size());
    for (int i = 0; i < arrays.size(); i++) {
      float[] values = arrays.get(i);
      out.writeUTF(weights.specs().get(i).name());
      out.writeInt(values.length);
      ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES);
      buffer.asFloatBuffer().put(values);
      out.write(buffer.array());
    }
  }

  private static ModelWeights readWeights(DataInputStream in, ModelSpec spec, Path file)
      throws IOException {
    List<WeightSpec> specs = ModelLayout.weights(spec);
    int count = in.readInt();
    if (count != specs.size()) {
      throw new ModelMismatchException(
          file + ": the training state holds " + count + " tensors, the model " + specs.size());
    }
    List<float[]> arrays = new ArrayList<>();
    for (WeightSpec weight : specs) {
      String name = in.readUTF();
      int length = in.readInt();
      if (!name.equals(weight.name()) || length != weight.size()) {
        throw new ModelMismatchException(
            file
                + ": the training state holds "
                + name
                + " ("
                + length
                + " values), the model "
                + weight);
      }
      byte[] raw = new byte[length * Float.BYTES];
      in.readFully(raw);
      float[] values = new float[length];
      ByteBuffer.wrap(raw).asFloatBuffer().get(values);
      arrays.add(values);
    }
    return ModelWeights.of(specs, arrays);
  }

  private static int requireCount(int value, String what) {
    if (value < 0 || value > 1_000_000) {
      throw new IllegalArgumentException("implausible count of " + what + ": " + value);
    }
    return value;
  }
}
