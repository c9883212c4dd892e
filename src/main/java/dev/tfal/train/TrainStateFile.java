package dev.tfal.train;

import dev.tfal.error.DataFormatException;
import dev.tfal.graph.ModelSpec;
import dev.tfal.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The resumable state of a fit in one file, {@code train-state.bin} in the run directory, replaced
 * atomically after every completed epoch (temporary sibling, fsync, rename). Layout: the {@link
 * TrainStateCodec} body, which starts with the magic {@code TFALTRN} and a format version, then the
 * CRC-32 of the body as an 8-byte big-endian integer. A file whose magic, version, length or
 * checksum is wrong is refused as corrupt, never read as a complete state.
 */
public final class TrainStateFile {
  /** The state's file name inside a run directory. */
  public static final String FILE_NAME = "train-state.bin";

  private static final int CHECKSUM_BYTES = Long.BYTES;

  private TrainStateFile() {}

  /** Writes {@code state} to {@code file} atomically. */
  public static void write(Path file, TrainState state) throws IOException {
    byte[] body = TrainStateCodec.encode(state);
    byte[] checksum = ByteBuffer.allocate(CHECKSUM_BYTES).putLong(crc(body, body.length)).array();
    AtomicFiles.write(
        file,
        out -> {
          out.write(body);
          out.write(checksum);
        });
  }

  /**
   * The state in {@code file} for a model of {@code spec}, or empty if there is no such file.
   *
   * @throws DataFormatException if the file is truncated, corrupt or of another format version
   * @throws dev.tfal.error.ModelMismatchException if it holds weights of another model
   */
  public static Optional<TrainState> read(Path file, ModelSpec spec) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < CHECKSUM_BYTES + TrainStateCodec.HEADER_BYTES) {
      throw new DataFormatException(
          file, "truncated training state (" + bytes.length + " bytes); resume cannot use it");
    }
    int bodyLength = bytes.length - CHECKSUM_BYTES;
    long stored = ByteBuffer.wrap(bytes, bodyLength, CHECKSUM_BYTES).getLong();
    if (!TrainStateCodec.hasMagic(bytes)) {
      throw new DataFormatException(file, "not a tfal training state");
    }
    if (stored != crc(bytes, bodyLength)) {
      throw new DataFormatException(
          file, "corrupt training state (checksum mismatch); resume cannot use it");
    }
    return Optional.of(TrainStateCodec.decode(Arrays.copyOf(bytes, bodyLength), spec, file));
  }

  private static long crc(byte[] bytes, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }
}
