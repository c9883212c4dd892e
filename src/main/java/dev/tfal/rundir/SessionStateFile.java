package dev.tfal.rundir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tfal.active.MonitoredRounds;
import dev.tfal.active.SessionState;
import dev.tfal.error.CorruptFileException;
import dev.tfal.error.DataFormatException;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.train.Monitor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code state.json}, the {@link SessionState} a session writes after every round, with its
 * checksum (see {@link ChecksummedFiles}). Version 2 records the monitor and each round's value of
 * it; a state without a version (written by an older tfal) recorded validation losses and is read
 * as version 2 with the {@code val_loss} monitor.
 */
public final class SessionStateFile {
  /** The version this tfal writes. */
  public static final int VERSION = 2;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SessionStateFile() {}

  /** Replaces the state atomically, checksum included. */
  public static void write(Path file, SessionState state) throws IOException {
    MonitoredRounds rounds = state.rounds();
    ObjectNode node = JSON.createObjectNode();
    node.put("schema_version", VERSION);
    node.put("completed_rounds", state.completedRounds());
    node.put("monitor", rounds.monitor().key());
    node.put("monitor_mode", rounds.monitor().mode().name().toLowerCase(Locale.ROOT));
    node.put("monitor_min_delta", rounds.monitor().minDelta());
    node.put("best_round", rounds.bestRound());
    node.put("best_value", rounds.bestValue());
    rounds.values().forEach(node.putArray("round_values")::add);
    node.put("strategy", state.strategy());
    node.put("seed", state.seed());
    node.put("labelled", state.labelledIds().size());
    state.labelledIds().forEach(node.putArray("labelled_ids")::add);
    ChecksummedFiles.write(file, out -> JSON.writeValue(out, node));
  }

  /**
   * The state, if the session got that far (the file was written), checked against its checksum.
   * The state must be of a session that monitors {@code monitor}: another monitor would pick
   * another best round.
   *
   * @throws CorruptFileException if it does not match its checksum or lacks a field
   * @throws DataFormatException if a later tfal wrote it, or it monitors another metric
   */
  public static Optional<SessionState> read(Path file, Monitor monitor) throws IOException {
    Optional<byte[]> content = ChecksummedFiles.readIfWritten(file);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(content.get());
    } catch (IOException e) {
      throw new CorruptFileException(file, "corrupt session state: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw new CorruptFileException(file, "corrupt session state: not a JSON object");
    }
    SessionState state = node.has("schema_version") ? current(file, node) : older(file, node);
    Monitor recorded = state.rounds().monitor();
    if (!recorded.equals(monitor)) {
      throw new DataFormatException(
          file,
          "the session chose its best round by "
              + describe(recorded)
              + (node.has("schema_version") ? "" : " (an older tfal's rule)")
              + ", but its training now monitors "
              + describe(monitor)
              + "; resume it with the preset it started with");
    }
    return Optional.of(state);
  }

  private static String describe(Monitor monitor) {
    return monitor.key() + " (" + monitor.mode().name().toLowerCase(Locale.ROOT) + ")";
  }

  private static SessionState current(Path file, JsonNode node) {
    int version = node.get("schema_version").asInt();
    if (version != VERSION) {
      throw new DataFormatException(
          file, "session state version " + version + "; this tfal reads version " + VERSION);
    }
    Monitor monitor =
        new Monitor(
            text(file, node, "monitor"), mode(file, node), number(file, node, "monitor_min_delta"));
    MonitoredRounds rounds =
        new MonitoredRounds(
            monitor,
            values(file, node, "round_values"),
            (int) integer(file, node, "best_round"),
            number(file, node, "best_value"));
    return state(file, node, rounds);
  }

  /** A state without a version: the session's best by validation loss, as tfal then chose it. */
  private static SessionState older(Path file, JsonNode node) {
    MonitoredRounds rounds =
        new MonitoredRounds(
            Monitor.valLoss(),
            values(file, node, "round_val_loss"),
            (int) integer(file, node, "best_round"),
            number(file, node, "best_val_loss"));
    return state(file, node, rounds);
  }

  private static SessionState state(Path file, JsonNode node, MonitoredRounds rounds) {
    List<String> ids = new ArrayList<>();
    require(file, node, "labelled_ids").forEach(id -> ids.add(id.asText()));
    return new SessionState(
        (int) integer(file, node, "completed_rounds"),
        ids,
        rounds,
        text(file, node, "strategy"),
        integer(file, node, "seed"));
  }

  private static Monitor.Mode mode(Path file, JsonNode node) {
    String mode = text(file, node, "monitor_mode");
    try {
      return Monitor.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CorruptFileException(
          file, "session state's monitor_mode '" + mode + "' is not min or max");
    }
  }

  private static List<Double> values(Path file, JsonNode node, String field) {
    List<Double> values = new ArrayList<>();
    require(file, node, field).forEach(value -> values.add(value.asDouble()));
    return values;
  }

  private static double number(Path file, JsonNode node, String field) {
    JsonNode value = require(file, node, field);
    if (!value.isNumber()) {
      throw new CorruptFileException(file, "session state's " + field + " is not a number");
    }
    return value.asDouble();
  }

  private static long integer(Path file, JsonNode node, String field) {
    JsonNode value = require(file, node, field);
    if (!value.isIntegralNumber()) {
      throw new CorruptFileException(file, "session state's " + field + " is not an integer");
    }
    return value.asLong();
  }

  private static String text(Path file, JsonNode node, String field) {
    return require(file, node, field).asText();
  }

  private static JsonNode require(Path file, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new CorruptFileException(file, "session state lacks " + field);
    }
    return value;
  }
}
