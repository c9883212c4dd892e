package dev.tfal.active;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tfal.error.CorruptFileException;
import dev.tfal.io.DiskSync;
import dev.tfal.io.JsonLineCrc;
import dev.tfal.io.WriteFailedException;
import dev.tfal.io.WriteFaults;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only journal of every label an oracle gave, one JSON object per line, each sealed with
 * a CRC32C field ({@link JsonLineCrc}); journals written before that field existed are read as they
 * are. Each answer is written and forced to disk before {@link #append} returns, and a new
 * journal's directory is forced once it is created, so no acknowledged label is lost to a crash. On
 * open, a torn last line (a crash mid-write, no newline yet) is dropped and cut off; any other bad
 * line, or a line whose checksum does not match, is an error naming the file and line.
 */
public final class LabelJournal implements AutoCloseable {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Path file;
  private final FileChannel channel;
  private final Map<String, LabelRecord> records;

  private LabelJournal(Path file, FileChannel channel, Map<String, LabelRecord> records) {
    this.file = file;
    this.channel = channel;
    this.records = records;
  }

  /** Opens (creating if needed) the journal and reads every complete entry. */
  public static LabelJournal open(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Map<String, LabelRecord> records = new LinkedHashMap<>();
    boolean existed = Files.exists(file);
    long validBytes = existed ? readEntries(file, records) : 0;
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      channel.truncate(validBytes);
      channel.position(validBytes);
      DiskSync.force(channel, file);
      if (!existed) {
        DiskSync.syncDirectory(dir);
      }
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return new LabelJournal(file, channel, records);
  }

  /** Reads complete lines into {@code records}; returns the byte length of the complete part. */
  private static long readEntries(Path file, Map<String, LabelRecord> records) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = 0;
    long line = 1;
    while (start < bytes.length) {
      int end = indexOf(bytes, (byte) '\n', start);
      if (end < 0) {
        return start;
      }
      String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      if (!text.isBlank()) {
        LabelRecord record = parse(file, line, text);
        records.put(record.id(), record);
      }
      start = end + 1;
      line++;
    }
    return start;
  }

  private static LabelRecord parse(Path file, long line, String text) {
    String entry =
        JsonLineCrc.open(text)
            .orElseThrow(
                () ->
                    new CorruptFileException(
                        file, line, "damaged label journal entry: its crc does not match"));
    LabelRecord record;
    try {
      record = JSON.readValue(entry, LabelRecord.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new CorruptFileException(
          file,
          line,
          "corrupt label journal entry: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (record == null) {
      throw new CorruptFileException(file, line, "corrupt label journal entry: null");
    }
    return record;
  }

  private static int indexOf(byte[] bytes, byte value, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Appends one answer and forces it to disk; a second answer for an id replaces the first. If the
   * write fails (a full disk), the partial line is cut off again so that later appends do not land
   * behind it and leave a corrupt line in the middle of the journal.
   */
  public void append(LabelRecord record) throws IOException {
    String entry = JsonLineCrc.seal(JSON.writeValueAsString(record));
    ByteBuffer buffer = ByteBuffer.wrap((entry + "\n").getBytes(StandardCharsets.UTF_8));
    long end = channel.position();
    try {
      DiskSync.write(channel, buffer, file);
      WriteFaults.check(file);
      DiskSync.force(channel, file);
    } catch (IOException e) {
      cutBack(end, e);
      throw new WriteFailedException(
          file, "the journal keeps the " + records.size() + " answers before this one", e);
    }
    records.put(record.id(), record);
  }

  private void cutBack(long end, IOException failure) {
    try {
      channel.truncate(end);
      channel.position(end);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Every journaled answer, in first-answer order, one per id. */
  public List<LabelRecord> records() {
    return new ArrayList<>(records.values());
  }

  /** The highest round any answer belongs to; 0 when the journal is empty. */
  public int lastRound() {
    return records.values().stream().mapToInt(LabelRecord::round).max().orElse(0);
  }

  public boolean contains(String id) {
    return records.containsKey(id);
  }

  public int size() {
    return records.size();
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
