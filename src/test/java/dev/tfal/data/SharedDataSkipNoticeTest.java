package dev.tfal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A test needing an absent shared-data file is skipped with one line saying so per class. */
class SharedDataSkipNoticeTest {
  @Test
  void anAbsentFileAbortsTheTestAndIsReportedOncePerClass() {
    String name = "no-such-file-" + System.nanoTime() + ".tar.gz";
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream err = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    TestAbortedException first;
    try {
      first =
          assertThrows(
              TestAbortedException.class,
              () -> SharedData.require(SharedDataSkipNoticeTest.class, name));
      assertThrows(
          TestAbortedException.class,
          () -> SharedData.require(SharedDataSkipNoticeTest.class, name));
    } finally {
      System.setErr(err);
    }
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(1, lines.size(), "one line for two tests of one class: " + lines);
    assertTrue(
        lines.get(0).startsWith("SKIPPED SharedDataSkipNoticeTest: needs ../shared/data/" + name),
        lines.get(0));
    assertTrue(first.getMessage().contains(name), first.getMessage());
  }
}
