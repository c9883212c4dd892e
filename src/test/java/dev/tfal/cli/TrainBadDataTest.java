package dev.tfal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code tfal train} on data it cannot use: exit code 3, one error line naming the file (and the
 * line where there is one), no stack trace, and nothing written to the run directory.
 */
class TrainBadDataTest {
  @TempDir Path tmp;
  private TfalHome home;
  private Path out;

  @BeforeEach
  void createHome() throws IOException {
    home = TfalHome.create(tmp);
    out = tmp.resolve("run");
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("empty.csv", "", "no examples: the file is empty"),
        Arguments.of("header-only.csv", "", "no examples"),
        Arguments.of("missing-label.csv", ":3", "no value for column \"label\""),
        Arguments.of("single-class.csv", "", "only positive examples found"),
        Arguments.of("too-small.csv", "", "need 3 negative reviews"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void badCsvIsReportedOnOneLineAndNothingIsWritten(String name, String line, String problem)
      throws IOException {
    Path data = Files.copy(TfalHome.resource(name), tmp.resolve(name));

    Execution run = train(data);

    assertBadInput(run, data + line + ": ", problem);
  }

  @Test
  void missingDataFile() {
    Path data = tmp.resolve("nowhere.csv");

    Execution run = train(data);

    assertBadInput(run, data + ": ", "no such file or directory");
  }

  @Test
  void invalidUtf8NamesTheLine() throws IOException {
    Path data = tmp.resolve("latin1.csv");
    Files.write(
        data,
        concat(
            "id,text,label\ne1,Fine film.,pos\ne2,Caf".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xE9},
            " scenes are dull.,neg\n".getBytes(StandardCharsets.US_ASCII)));

    Execution run = train(data);

    assertBadInput(run, data + ":3: ", "invalid UTF-8");
  }

  @Test
  void aLabelOutsideLabelsNamesTheFileAndLine() throws IOException {
    Path data = Files.copy(TfalHome.resource("unknown-label.csv"), tmp.resolve("labels.csv"));

    Execution run = train(data, "--labels", "neg,pos");

    assertBadInput(
        run,
        data + ":4: ",
        "label \"maybe\" in column \"label\" is not one of the labels neg, pos");
  }

  @Test
  void aHeldOutTestFileWithAClassTheDataLacksNamesItsLine() throws IOException {
    Path data = Files.copy(TfalHome.resource("topics.csv"), tmp.resolve("topics.csv"));
    Path test = tmp.resolve("test.csv");
    Files.writeString(test, "text,label\nthe soup is hot,food\nthe band played loud,music\n");

    Execution run = train(data, "--test", test.toString());

    assertBadInput(
        run,
        test + ":3: ",
        "label \"music\" in column \"label\" is not one of the labels food, sport, weather");
  }

  @Test
  void aClassTooSmallForTheSplitsIsNamed() throws IOException {
    Path data = tmp.resolve("three.csv");
    StringBuilder rows = new StringBuilder("id,text,label\n");
    for (int i = 0; i < 2; i++) {
      rows.append("a").append(i).append(",apples and pears number ").append(i).append(",fruit\n");
      rows.append("b").append(i).append(",trains and buses number ").append(i).append(",travel\n");
    }
    rows.append("c0,a single lonely owl,bird\n");
    Files.writeString(data, rows.toString());

    Execution run = train(data);

    assertBadInput(
        run,
        data + ": ",
        "need 3 examples of class \"fruit\" for validation 2 + test 2 + initial 2, found 2");
  }

  @Test
  void stackTraceOnlyWithTheFlag() throws IOException {
    Path data = Files.copy(TfalHome.resource("single-class.csv"), tmp.resolve("labels.csv"));

    Execution run = train(data, "--stacktrace");

    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.describe());
    assertTrue(run.hasStackTrace(), run.describe());
    assertTrue(run.err().contains("DataFormatException"), run.describe());
    assertTrue(TfalHome.isAbsentOrEmpty(out), "run directory was written");
  }

  @Test
  void existingEmptyRunDirectoryStaysEmpty() throws IOException {
    Files.createDirectories(out);
    Path data = Files.copy(TfalHome.resource("single-class.csv"), tmp.resolve("one.csv"));

    Execution run = train(data);

    assertBadInput(run, data + ": ", "only positive");
    assertTrue(Files.isDirectory(out), "an empty --out directory the user made was removed");
  }

  private Execution train(Path data, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                "--data",
                data.toString(),
                "--preset",
                TfalHome.MICRO,
                "--val-size",
                "2",
                "--test-size",
                "2",
                "--initial-size",
                "2",
                "--out",
                out.toString()));
    args.addAll(List.of(extra));
    return home.run(args.toArray(String[]::new));
  }

  private void assertBadInput(Execution run, String prefix, String problem) {
    assertEquals(ExitCodes.BAD_INPUT, run.code(), run.describe());
    assertEquals("", run.out(), run.describe());
    List<String> errors = run.errLinesStartingWith("tfal train: ");
    assertEquals(1, errors.size(), run.describe());
    String error = errors.get(0);
    assertTrue(error.startsWith("tfal train: " + prefix), error);
    assertTrue(error.contains(problem), error);
    List<String> lines = run.errLines();
    assertEquals("Try 'tfal train --help'", lines.get(lines.size() - 1), run.describe());
    assertFalse(run.hasStackTrace(), run.describe());
    assertTrue(TfalHome.isAbsentOrEmpty(out), "run directory was written: " + run.describe());
    assertTrue(TfalHome.isAbsentOrEmpty(home.dataCache()), "something was downloaded");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      bytes.writeBytes(part);
    }
    return bytes.toByteArray();
  }
}
