package dev.tfal.cli;

import dev.tfal.graph.ComputeDevice;
import dev.tfal.graph.LstmKernel;
import dev.tfal.graph.RuntimeConfig;
import dev.tfal.job.Preset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Which preset to use and the settings most often changed from it. */
final class ModelOptions {
  @Option(
      names = "--preset",
      paramLabel = "NAME|FILE",
      defaultValue = PresetRegistry.DEFAULT,
      description = {
        "Model preset: a name from models/ or a .json file (default: " + "${DEFAULT-VALUE}).",
        "Presets: ${COMPLETION-CANDIDATES}"
      },
      completionCandidates = PresetNames.class)
  String preset;

  @Option(names = "--epochs", paramLabel = "N", description = "Most epochs (preset: 20).")
  Integer epochs;

  @Option(names = "--batch-size", paramLabel = "N", description = "Batch size (preset: 256).")
  Integer batchSize;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "0",
      description = {"TensorFlow threads per op and concurrent ops (default: 0 = one per core)."})
  int threads;

  @Option(
      names = "--lstm-kernel",
      paramLabel = "K",
      defaultValue = "projected",
      converter = LstmKernelConverter.class,
      description =
          "Op layout of the LSTM; the same function at a different speed (default: "
              + "${DEFAULT-VALUE}): projected (embedding x kernel table, directions in "
              + "parallel), projected-batched (directions as one batched MatMul) or unrolled "
              + "(the plain graph, the baseline).")
  LstmKernel lstmKernel;

  @Option(
      names = "--device",
      paramLabel = "D",
      defaultValue = "auto",
      converter = DeviceConverter.class,
      description =
          "Where the graph runs (default: ${DEFAULT-VALUE}): auto (a GPU if TensorFlow sees one), "
              + "cpu, or gpu (refused with an explanation when there is none; needs the gpu "
              + "build).")
  ComputeDevice device;

  /** The preset with --epochs, --batch-size and the seed applied. */
  Preset resolve(Environment env, long seed) throws IOException {
    Preset base = new PresetRegistry(env.models()).resolve(preset);
    var training = base.training().withSeed(seed);
    if (epochs != null) {
      training = training.withEpochs(epochs);
    }
    if (batchSize != null) {
      training = training.withBatchSize(batchSize);
    }
    return new Preset(base.name(), base.vectorizer(), base.model(), base.optimizer(), training);
  }

  RuntimeConfig runtime() {
    return new RuntimeConfig(threads, threads, lstmKernel, device).requireDevice();
  }

  /** Parses an option value by label; the parser's complaint becomes a usage error. */
  abstract static class LabelConverter<T> implements ITypeConverter<T> {
    abstract T parse(String label);

    @Override
    public T convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** --lstm-kernel and bench's --kernels. */
  static final class LstmKernelConverter extends LabelConverter<LstmKernel> {
    @Override
    LstmKernel parse(String label) {
      return LstmKernel.fromLabel(label);
    }
  }

  /** --device. */
  static final class DeviceConverter extends LabelConverter<ComputeDevice> {
    @Override
    ComputeDevice parse(String label) {
      return ComputeDevice.fromLabel(label);
    }
  }

  /**
   * Preset names for --help, read from the models/ directory of the tfal home; made by {@link
   * TfalFactory}, which knows that home.
   */
  static final class PresetNames implements Iterable<String> {
    private final Path models;

    PresetNames(Path models) {
      this.models = models;
    }

    @Override
    public Iterator<String> iterator() {
      return new PresetRegistry(models).iterator();
    }
  }
}
