package dev.tfal.rundir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tfal.active.MonitoredRounds;
import dev.tfal.active.SessionState;
import dev.tfal.error.CorruptFileException;
import dev.tfal.error.DataFormatException;
import dev.tfal.io.ChecksummedFiles;
import dev.tfal.train.Monitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStateFileTest {
  private static final Monitor ACCURACY = Monitor.of("val_binary_accuracy");

  @TempDir Path tmp;

  private Path file() {
    return tmp.resolve("state.json");
  }

  private static SessionState state(Monitor monitor, List<Double> values) {
    return new SessionState(
        values.size(),
        List.of("init-0", "pool-3", "pool-1"),
        MonitoredRounds.of(monitor, values),
        "entropy",
        1L << 53 | 1);
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    SessionState written = state(ACCURACY, List.of(0.5, 0.875, 0.8125));
    SessionStateFile.write(file(), written);

    assertEquals(Optional.of(written), SessionStateFile.read(file(), ACCURACY));
    assertEquals(1, written.bestRound(), "accuracy is better high");
    assertTrue(Files.readString(file()).contains("\"schema_version\" : 2"));
  }

  @Test
  void nothingWrittenIsNoState() throws IOException {
    assertEquals(Optional.empty(), SessionStateFile.read(file(), ACCURACY));
  }

  @Test
  void stateOfAnOlderTfalIsReadAsMonitoringValidationLoss() throws IOException {
    ChecksummedFiles.writeString(
        file(),
        "{\"completed_rounds\":2,\"best_round\":1,\"best_val_loss\":0.4,"
            + "\"round_val_loss\":[0.6,0.4],\"strategy\":\"ratio\",\"seed\":1337,"
            + "\"labelled\":2,\"labelled_ids\":[\"a\",\"b\"]}");

    SessionState read = SessionStateFile.read(file(), Monitor.valLoss()).orElseThrow();

    assertEquals(
        new SessionState(
            2,
            List.of("a", "b"),
            new MonitoredRounds(Monitor.valLoss(), List.of(0.6, 0.4), 1, 0.4),
            "ratio",
            1337),
        read);
    DataFormatException refused =
        assertThrows(DataFormatException.class, () -> SessionStateFile.read(file(), ACCURACY));
    assertTrue(refused.getMessage().contains("an older tfal"), refused.getMessage());
  }

  @Test
  void stateOfAnotherMonitorIsRefused() throws IOException {
    SessionStateFile.write(file(), state(Monitor.valLoss(), List.of(0.6)));

    DataFormatException refused =
        assertThrows(DataFormatException.class, () -> SessionStateFile.read(file(), ACCURACY));

    assertEquals(
        file()
            + ": the session chose its best round by val_loss (min), but its training now"
            + " monitors val_binary_accuracy (max); resume it with the preset it started with",
        refused.getMessage());
  }

  @Test
  void laterVersionAndMissingFieldsAreRefusedWithTheFile() throws IOException {
    ChecksummedFiles.writeString(file(), "{\"schema_version\":3}");
    DataFormatException later =
        assertThrows(DataFormatException.class, () -> SessionStateFile.read(file(), ACCURACY));
    assertEquals(
        file() + ": session state version 3; this tfal reads version 2", later.getMessage());

    ChecksummedFiles.writeString(file(), "{\"schema_version\":2,\"completed_rounds\":1}");
    CorruptFileException lacking =
        assertThrows(CorruptFileException.class, () -> SessionStateFile.read(file(), ACCURACY));
    assertTrue(
        lacking.getMessage().startsWith(file() + ": session state lacks "), lacking.getMessage());
  }

  @Test
  void damagedStateIsRefusedByItsChecksum() throws IOException {
    SessionStateFile.write(file(), state(ACCURACY, List.of(0.5)));
    Files.writeString(file(), Files.readString(file()).replace("pool-3", "pool-4"));

    assertThrows(CorruptFileException.class, () -> SessionStateFile.read(file(), ACCURACY));
  }
}
